import { inject } from 'vitest';
import { RoutedCall, type ReceiveCallBody } from '../../../shared/api/routing';
import type { Applicant } from '../../../shared/api/applicants';
import { buildCurp } from '../../../shared/domain/curp/curp-builder';
import type { Api } from '../api/api-client-context';
import { createApplicant } from '../api/applicants';
import { fixtureInt, fixturePick } from './fixture-random';

/**
 * The telephony side of the renderer's test server (test/support/renderer-global-setup.ts): posts
 * a caller through `POST /api/telephony/calls` with the telephony token, and hangs them up, as the
 * call simulator or a carrier would.
 */
async function telephony(path: string, body?: unknown) {
  const response = await fetch(inject('serverUrl') + path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${inject('telephonyToken')}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return RoutedCall.parse(json);
}

let calls = 0;

/** A caller arrives on the line (a fresh provider call id each time). */
export const placeCall = (call: Omit<ReceiveCallBody, 'providerCallId'>) =>
  telephony('/api/telephony/calls', {
    providerCallId: `renderer-${Date.now()}-${++calls}-${fixtureInt(1_000_000)}`,
    ...call,
  });

/** The caller hangs up (waiting, ringing or talking). */
export const hangUp = (callId: string) =>
  telephony(`/api/telephony/calls/${encodeURIComponent(callId)}/hangup`);

/** A US number nobody on record has (555-01xx numbers are fictional; the rest is random). */
export const unknownNumber = () => `+1213555${String(fixtureInt(10_000)).padStart(4, '0')}`;

/** A caller on record with the given phone number (a person of our own, so no other test shares them). */
export async function registerCaller(api: Api, phone: string): Promise<Applicant> {
  const givenNames = fixturePick(['Eulalia', 'Crisóforo', 'Natividad', 'Heriberto', 'Maclovia', 'Anacleto']);
  const firstSurname = fixturePick(['Quiñones', 'Betancourt', 'Zavala', 'Olivares', 'Arreola']);
  const secondSurname = fixturePick(['Galindo', 'Ibarra', 'Treviño', 'Cervantes', 'Maldonado']);
  const birthDate = `19${50 + fixtureInt(45)}-${String(1 + fixtureInt(12)).padStart(2, '0')}-${String(1 + fixtureInt(28)).padStart(2, '0')}`;
  const curp = buildCurp({
    givenNames,
    firstSurname,
    secondSurname,
    birthDate,
    sex: 'H',
    state: fixturePick(['JC', 'MN', 'GT', 'ZS', 'OC', 'PL', 'SP']),
    homonym: String(fixtureInt(10)),
  });
  return createApplicant(api, { curp, givenNames, firstSurname, secondSurname, birthDate, phone });
}
