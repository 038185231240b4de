/**
 * Calls routed to operators, as the telephony side and the operators' consoles see them: a call
 * arrives and waits, the operator of its queue who speaks its language and has been available
 * longest is offered it, accepts (or rejects, or lets it run out), and the caller hangs up. Against
 * a real server with real sockets, on SQLite and on PostgreSQL.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MyCall, RoutedCall } from '../../shared/api/routing';
import type { Database } from '../../server/platform/db/schema';
import { expectError, login, postEndCall } from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { getMyStatus, putMyState } from '../support/floor-client';
import {
  newProviderCallId,
  OperatorConsole,
  Telephony,
  TEST_TELEPHONY_TOKEN,
} from '../support/routing-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

/** Central's calls overflow to East after one second (the shipped rules wait a minute). */
const RULES = {
  defaultQueue: 'q-passports',
  ivrChoices: { '1': 'q-passports', '2': 'q-civil-registry' },
  dialledNumbers: { '+18445550101': 'q-region-canada' },
  languageSkills: { es: 'es', en: 'en' },
  overflow: { 'q-region-central': [{ afterSeconds: 1, queueId: 'q-region-east' }] },
};
const OFFER_TIMEOUT_SECONDS = 3;

let server: TestServer;
let db: DbInspector;
let rows: Kysely<Database>;
let telephony: Telephony;
const consoles: OperatorConsole[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'routing-rules-'));
  const rulesFile = join(dir, 'rules.json');
  writeFileSync(rulesFile, JSON.stringify(RULES));
  server = await startTestServer({
    TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
    OFFER_TIMEOUT_SECONDS: String(OFFER_TIMEOUT_SECONDS),
    ROUTING_RULES_FILE: rulesFile,
    ROUTING_TICK_MS: '100',
    PRESENCE_GRACE_MS: '200',
  });
  db = inspectDb(server.databaseUrl);
  rows = openTestKysely(server.databaseUrl, { readOnly: false });
  telephony = new Telephony(server.url);
});

// Each test's operators leave (offline after the grace period), so the next test's calls meet only its own.
afterEach(async () => {
  const closed = consoles.splice(0);
  for (const c of closed) c.close();
  const ids = [...new Set(closed.map((c) => c.userId))];
  if (ids.length)
    await waitFor(
      async () =>
        (
          await rows.selectFrom('operator_states').select('state').where('user_id', 'in', ids).execute()
        ).every((r) => r.state === 'offline'),
      5_000,
      'the operators offline',
    );
});

afterAll(async () => {
  await rows?.destroy();
  await db?.close();
  await server?.close();
});

async function open(username: string) {
  const c = await OperatorConsole.open(server.url, username);
  consoles.push(c);
  await c.waitForStatus((s) => s.state === 'available', `${username} available`);
  return c;
}

const routedCall = (id: string) =>
  rows.selectFrom('routed_calls').selectAll().where('id', '=', id).executeTakeFirst();
const countRoutedCalls = async () =>
  Number(
    (
      await rows
        .selectFrom('routed_calls')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe('the telephony side', () => {
  it('needs its token: none, a wrong one or a user session answer 401, and nothing is written', async () => {
    const before = await countRoutedCalls();
    const body = { providerCallId: newProviderCallId(), from: '+16025550100', language: 'es' };
    expectError(await new Telephony(server.url, null).post(body), 401, 'unauthenticated');
    expectError(await new Telephony(server.url, 'wrong-token').post(body), 401, 'unauthenticated');
    const operator = await login(server.url, 'operator40');
    expectError(await new Telephony(server.url, operator.token).post(body), 401, 'unauthenticated');
    expectError(await new Telephony(server.url, null).hangUp('cal_x'), 401, 'unauthenticated');
    expect(await countRoutedCalls()).toBe(before);
  });

  it('answers a new call 201 waiting, and the same providerCallId again 200 with the same call', async () => {
    const body = {
      providerCallId: newProviderCallId(),
      from: '(602) 555-0142',
      language: 'en',
      ivrChoice: '2',
    };
    const first = await telephony.post(body);
    expect(first.status).toBe(201);
    const call = RoutedCall.strict().parse(first.body);
    expect(call).toMatchObject({
      status: 'waiting',
      direction: 'inbound',
      queueId: 'q-civil-registry',
      from: '+16025550142',
      language: 'en',
      answeredAt: null,
      endedAt: null,
      operatorId: null,
    });
    const before = await countRoutedCalls();
    const again = await telephony.post({ ...body, language: 'es', ivrChoice: '1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(call);
    expect(await countRoutedCalls()).toBe(before);
    expect((await db.auditOf('routed_call', call.id)).map((e) => e.action)).toEqual([
      'routing.call_received',
    ]);
    await telephony.hangUp(call.id);
  });

  it('chooses the queue by the number dialled, else the default', async () => {
    const byNumber = await telephony.call({ to: '(844) 555-0101' });
    expect(byNumber.queueId).toBe('q-region-canada');
    expect((await routedCall(byNumber.id))?.to_number).toBe('+18445550101');
    const byDefault = await telephony.call({ ivrChoice: '9' });
    expect(byDefault.queueId).toBe('q-passports');
    await Promise.all([telephony.hangUp(byNumber.id), telephony.hangUp(byDefault.id)]);
  });

  it('refuses an unknown queue, a language it does not answer and a number that is not a phone, writing nothing', async () => {
    const before = await countRoutedCalls();
    const base = { providerCallId: newProviderCallId(), from: '+16025550100', language: 'es' };
    const unknown = expectError(
      await telephony.post({ ...base, queueId: 'q-nowhere' }),
      400,
      'invalid_request',
    );
    expect(unknown.error.message).toContain('q-nowhere');
    expectError(await telephony.post({ ...base, language: 'fr' }), 400, 'invalid_request');
    expectError(await telephony.post({ ...base, from: 'not a phone' }), 400, 'invalid_request');
    expectError(await telephony.post({ ...base, providerCallId: '' }), 400, 'invalid_request');
    expect(await countRoutedCalls()).toBe(before);
  });

  it('answers 404 for the hang-up of an unknown call', async () => {
    expectError(await telephony.hangUp('cal_unknown'), 404, 'not_found');
  });
});

describe('offers', () => {
  it('go to the operator of the queue available longest; accepting connects the call and puts them on it', async () => {
    // Arizona–New Mexico: operator1 (es, en) and operator10 (es), operator1 available first.
    const first = await open('operator1');
    const second = await open('operator10');
    const call = await telephony.call({ queueId: 'q-region-az-nm', from: '+16025550177' });

    const offer = await first.waitForOffer(call.id);
    expect(offer).toMatchObject({
      callId: call.id,
      from: '+16025550177',
      language: 'es',
      queueId: 'q-region-az-nm',
    });
    expect(Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt)).toBe(OFFER_TIMEOUT_SECONDS * 1000);
    expect(second.offers).toEqual([]);

    const accepted = await first.accept(offer.offerId);
    expect(accepted.status).toBe(200);
    const myCall = MyCall.strict().parse(accepted.body);
    expect(myCall).toMatchObject({
      callId: call.id,
      status: 'connected',
      direction: 'inbound',
      from: '+16025550177',
      queueId: 'q-region-az-nm',
      hungUpAt: null,
    });
    await first.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'on the call');
    expect((await routedCall(call.id))?.status).toBe('connected');
    // A second accept (the other console, a retry) answers the same call and changes nothing.
    const again = await first.accept(offer.offerId);
    expect(again.status).toBe(200);
    expect(MyCall.parse(again.body)).toEqual(myCall);
    expect(await db.callRow(call.id)).toMatchObject({
      operator_id: first.userId,
      direction: 'inbound',
      ended_at: null,
    });

    // The next call goes to the one still available.
    const next = await telephony.call({ queueId: 'q-region-az-nm' });
    const nextOffer = await second.waitForOffer(next.id);
    expect((await second.accept(nextOffer.offerId)).status).toBe(200);

    const audit = (await db.auditOf('routed_call', call.id)).map((e) => e.action);
    expect(audit).toEqual(['routing.call_received', 'routing.call_offered', 'routing.offer_accepted']);

    // The operator ends the call: the line ends too, and they are available again.
    expect((await postEndCall(first.api, call.id, { wrapUpCode: 'information' })).status).toBe(200);
    await first.waitForStatus((s) => s.state === 'available', 'available after the call');
    expect(await routedCall(call.id)).toMatchObject({ status: 'ended', ended_by: 'operator' });
    await postEndCall(second.api, next.id, { wrapUpCode: 'information' });
  });

  it('skip an operator who does not speak the call’s language', async () => {
    // Texas: operator2 (es) available before operator11 (es, en).
    const spanishOnly = await open('operator2');
    const bilingual = await open('operator11');
    const call = await telephony.call({ queueId: 'q-region-tx', language: 'en' });
    const offer = await bilingual.waitForOffer(call.id);
    expect(offer.language).toBe('en');
    expect(spanishOnly.offers).toEqual([]);
    await telephony.hangUp(call.id);
  });

  it('are the offered operator’s alone: another operator accepting or rejecting it gets 403', async () => {
    const a = await open('operator3');
    const b = await open('operator12');
    const call = await telephony.call({ queueId: 'q-region-ca' });
    const offer = await a.waitForOffer(call.id);
    expectError(await b.accept(offer.offerId), 403, 'forbidden');
    expectError(await b.reject(offer.offerId), 403, 'forbidden');
    expectError(await a.accept('ofr_unknown'), 404, 'not_found');

    // Rejected: the call goes to the next operator, and a's other consoles take the banner down.
    expect((await a.reject(offer.offerId)).status).toBe(204);
    expect(await a.waitForWithdrawal(offer.offerId)).toMatchObject({ reason: 'rejected', callId: call.id });
    const next = await b.waitForOffer(call.id);
    expect((await b.accept(next.offerId)).status).toBe(200);
    // a is still available (rejecting is not missing).
    expect((await getMyStatus(a.api)).state).toBe('available');
    expectError(await a.accept(offer.offerId), 409, 'offer_expired');
    await telephony.hangUp(call.id);
    await postEndCall(b.api, call.id, { wrapUpCode: 'information' });
  });

  it('run out: the call goes to the next operator, the first one is on break (missed) until available again', async () => {
    const slow = await open('operator4');
    const next = await open('operator13');
    const call = await telephony.call({ queueId: 'q-region-west' });
    const offer = await slow.waitForOffer(call.id);
    const withdrawn = await slow.waitForWithdrawal(offer.offerId, (OFFER_TIMEOUT_SECONDS + 5) * 1000);
    expect(withdrawn.reason).toBe('expired');
    await slow.waitForStatus((s) => s.state === 'break' && s.reason === 'missed', 'break, missed');
    expectError(await slow.accept(offer.offerId), 409, 'offer_expired');

    const second = await next.waitForOffer(call.id);
    expect(second.offerId).not.toBe(offer.offerId);
    expect((await next.accept(second.offerId)).status).toBe(200);

    // The operator who missed is offered nothing until they say they are ready.
    const another = await telephony.call({ queueId: 'q-region-west' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(slow.offers.filter((o) => o.callId === another.id)).toEqual([]);
    expect((await putMyState(slow.api, 'available')).status).toBe(200);
    await slow.waitForOffer(another.id);
    await Promise.all([telephony.hangUp(call.id), telephony.hangUp(another.id)]);
    expect((await routedCall(another.id))?.status).toBe('abandoned');
  });

  it('are withdrawn at once from an operator who goes on break, and go to the next one (no "missed")', async () => {
    const leaving = await open('operator19');
    const next = await open('operator28');
    const call = await telephony.call({ queueId: 'q-region-az-nm' });
    const offer = await leaving.waitForOffer(call.id);
    expect((await putMyState(leaving.api, 'break')).status).toBe(200);
    expect((await leaving.waitForWithdrawal(offer.offerId)).callId).toBe(call.id);
    const second = await next.waitForOffer(call.id);
    expect(Date.parse(second.offeredAt)).toBeLessThan(Date.parse(offer.expiresAt));
    expect((await getMyStatus(leaving.api)).reason).toBe('console');
    expectError(await leaving.accept(offer.offerId), 409, 'offer_expired');
    await telephony.hangUp(call.id);
  });

  it('overflow: a call waiting past its queue’s time is offered to the overflow queue too', async () => {
    // Central has nobody; East's operator6 takes Central's calls after a second.
    const east = await open('operator6');
    const call = await telephony.call({ queueId: 'q-region-central' });
    const offer = await east.waitForOffer(call.id);
    expect(offer.queueId).toBe('q-region-east');
    expect(Date.parse(offer.offeredAt) - Date.parse(call.arrivedAt)).toBeGreaterThanOrEqual(1000);
    await telephony.hangUp(call.id);
  });

  it('are sent again to a console that connects while one is open', async () => {
    const first = await open('operator9');
    const call = await telephony.call({ queueId: 'q-civil-registry' });
    const offer = await first.waitForOffer(call.id);
    const reloaded = await OperatorConsole.open(server.url, first.session);
    consoles.push(reloaded);
    expect((await reloaded.waitForOffer(call.id)).offerId).toBe(offer.offerId);
    await telephony.hangUp(call.id);
    // Both consoles take the banner down.
    expect((await first.waitForWithdrawal(offer.offerId)).reason).toBe('abandoned');
    expect((await reloaded.waitForWithdrawal(offer.offerId)).reason).toBe('abandoned');
  });

  it('are answered by the server at once for an operator with auto-answer', async () => {
    const auto = await open('operator8');
    await rows
      .updateTable('operator_profiles')
      .set({ auto_answer: 1 })
      .where('user_id', '=', auto.userId)
      .execute();
    const call = await telephony.call({ queueId: 'q-passports' });
    await auto.waitForOffer(call.id);
    await auto.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'on the call');
    expect((await routedCall(call.id))?.status).toBe('connected');
    const current = await auto.api.get<MyCall>('/api/me/call');
    expect(current.status).toBe(200);
    expect(current.body.callId).toBe(call.id);
    await telephony.hangUp(call.id);
    await postEndCall(auto.api, call.id, { wrapUpCode: 'information' });
    await rows
      .updateTable('operator_profiles')
      .set({ auto_answer: 0 })
      .where('user_id', '=', auto.userId)
      .execute();
  });
});

describe('the caller hanging up', () => {
  it('while waiting: the call is abandoned; again: answered as it is', async () => {
    const call = await telephony.call({ queueId: 'q-region-canada' });
    const hungUp = await telephony.hangUp(call.id);
    expect(hungUp.status).toBe(200);
    expect(RoutedCall.parse(hungUp.body)).toMatchObject({ id: call.id, status: 'abandoned' });
    expect(hungUp.body.endedAt).not.toBeNull();
    const again = await telephony.hangUp(call.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(hungUp.body);
    expect((await db.auditOf('routed_call', call.id)).map((e) => e.action)).toEqual([
      'routing.call_received',
      'routing.call_abandoned',
    ]);
  });

  it('while offered: the call is abandoned and the offer withdrawn from the operator', async () => {
    const operator = await open('operator7');
    const call = await telephony.call({ queueId: 'q-region-canada' });
    const offer = await operator.waitForOffer(call.id);
    expect((await telephony.hangUp(call.id)).body.status).toBe('abandoned');
    expect((await operator.waitForWithdrawal(offer.offerId)).reason).toBe('abandoned');
    expectError(await operator.accept(offer.offerId), 409, 'offer_expired');
    expect((await getMyStatus(operator.api)).state).toBe('available');
  });

  it('while connected: the line ends, the operator goes to wrap-up and hears call:ended with its deadline', async () => {
    const operator = await open('operator16');
    const call = await telephony.call({ queueId: 'q-region-canada' });
    const offer = await operator.waitForOffer(call.id);
    expect((await operator.accept(offer.offerId)).status).toBe(200);
    const hungUp = await telephony.hangUp(call.id);
    expect(hungUp.body).toMatchObject({ status: 'ended', operatorId: operator.userId });
    const ended = await operator.waitForEnded(call.id);
    expect(ended.by).toBe('caller');
    expect(Date.parse(ended.wrapUpDeadline ?? '') - Date.parse(ended.at)).toBe(120_000);
    await operator.waitForStatus((s) => s.state === 'wrap_up' && s.callId === call.id, 'wrap-up');
    expect(await routedCall(call.id)).toMatchObject({ status: 'ended', ended_by: 'caller' });
    expect((await db.callRow(call.id))?.hung_up_at).toBe(ended.at);
    // The wrap-up done, the operator is free again.
    expect((await postEndCall(operator.api, call.id, { wrapUpCode: 'information' })).status).toBe(200);
    await operator.waitForStatus((s) => s.state === 'available', 'available');
    expect((await routedCall(call.id))?.ended_by).toBe('caller');
  });
});
