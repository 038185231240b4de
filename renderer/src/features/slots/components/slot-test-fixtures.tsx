/**
 * Test-only helpers for the slot grid's component tests: real records on the real test server
 * (a fresh applicant per test, a slot with free seats), a second operator's API, and the two
 * app-level hooks the console screen mounts (live sync, shortcut listener).
 */
import { inject } from 'vitest';
import { SlotList, type Slot } from '../../../../../shared/api/slots';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import { createApplicant } from '../../../api/applicants';
import { createApi, type Api } from '../../../api/api-client-context';
import { login } from '../../../api/auth';
import { slotWindow } from '../../../api/slots';
import { useShortcutListener } from '../../../commands/command-registry';
import { useRealtimeSync } from '../../../realtime/use-realtime-sync';
import { createConsoleStore } from '../../../stores/console-store';
import { DEMO_PASSWORD } from '../../../testing/render-console';

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

/** The consulate's page exactly as the grid asks for it. */
export async function slotsOf(api: Api, consulateId: string, timeZone: string): Promise<Slot[]> {
  const { from, to } = slotWindow(timeZone);
  return (await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList })).items;
}

/** A random future slot with at least `seats` free seats, at least a day ahead. */
export async function slotWithSeats(api: Api, consulateId: string, timeZone: string, seats = 1, exactly = false): Promise<Slot> {
  const tomorrow = Date.now() + 24 * 3_600_000;
  const candidates = (await slotsOf(api, consulateId, timeZone)).filter((s) => Date.parse(s.start) > tomorrow && (exactly ? s.available === seats : s.available >= seats));
  if (candidates.length === 0) throw new Error(`no slot with ${seats} seats at ${consulateId}`);
  return pick(candidates);
}

/** Another operator at another desk, signed in through the same API module. */
export async function otherOperator(username: string): Promise<Api> {
  const store = createConsoleStore();
  const api = createApi(inject('serverUrl'), store);
  const session = await login(api, { username, password: DEMO_PASSWORD });
  store.getState().signIn(session.token, session.user);
  return api;
}
