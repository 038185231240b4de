/**
 * Test-only helpers for the booking panel's component tests: real records on the real test server
 * (a fresh applicant per test, a slot with free seats), the app-level hooks the console screen
 * mounts, and a stand-in for the desktop shell's preload (window.miconsulado), which is not ours.
 */
import { inject } from 'vitest';
import { SlotList, type Slot } from '../../../../../shared/api/slots';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { DesktopApi } from '../../../../../shared/ipc/desktop-api';
import { createApplicant } from '../../../api/applicants';
import type { Api } from '../../../api/api-client-context';
import { slotWindow } from '../../../api/slots';
import { useShortcutListener } from '../../../commands/command-registry';
import { useRealtimeSync } from '../../../realtime/use-realtime-sync';

/** What ConsoleScreen mounts once for the whole console. */
export function ConsoleHooks() {
  useRealtimeSync();
  useShortcutListener();
  return null;
}

const GIVEN = ['Ana', 'Luis', 'Rosa', 'Jorge', 'Elena', 'Marco', 'Irene', 'Pablo', 'Sofia', 'Ruben'];
const SURNAMES = ['Garcia', 'Lopez', 'Herrera', 'Ortiz', 'Medina', 'Rojas', 'Salinas', 'Cortes', 'Fuentes', 'Navarro'];
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/** A caller of our own, so no other test's appointment or hold stands in the way. */
export async function newApplicant(api: Api) {
  const year = 1950 + Math.floor(Math.random() * 49);
  const birthDate = `${year}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
  const person = { givenNames: pick(GIVEN), firstSurname: pick(SURNAMES), secondSurname: pick(SURNAMES), birthDate };
  const curp = buildCurp({ ...person, sex: pick(['H', 'M'] as const), state: 'JC', homonym: String(Math.floor(Math.random() * 10)) });
  return createApplicant(api, { ...person, curp });
}

/** The consulate's slots over the grid's range, as the server has them now. */
export async function slotsOf(api: Api, consulateId: string, timeZone: string): Promise<Slot[]> {
  const { from, to } = slotWindow(timeZone);
  return (await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList })).items;
}

/** A random slot with a free seat, at least a day ahead. */
export async function slotWithSeats(api: Api, consulateId: string, timeZone: string): Promise<Slot> {
  const tomorrow = Date.now() + 24 * 3_600_000;
  const candidates = (await slotsOf(api, consulateId, timeZone)).filter((s) => Date.parse(s.start) > tomorrow && s.available > 0);
  if (candidates.length === 0) throw new Error(`no slot with seats at ${consulateId}`);
  return pick(candidates);
}

/** The desktop shell's preload as the console sees it, recording what it was asked to do. */
export function installDesktopShell() {
  const calls = { notify: [] as { title: string; body: string }[], print: [] as { confirmationCode: string }[] };
  const shell: DesktopApi = {
    serverUrl: inject('serverUrl'),
    appVersion: async () => 'test',
    tokens: { get: async () => null, set: async () => undefined, clear: async () => undefined },
    notify: async (notification) => {
      calls.notify.push(notification);
    },
    printConfirmation: async (request) => {
      calls.print.push(request);
      return { saved: true, path: '/tmp/confirmacion.pdf' };
    },
    onSystemResumed: () => () => undefined,
  };
  window.miconsulado = shell;
  return calls;
}

export const removeDesktopShell = () => {
  delete window.miconsulado;
};
