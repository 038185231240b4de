/**
 * Real ids of a seeded server, by the field names that carry them (`consulateId`, `slotId`…), read
 * through the API as a client would, plus a few things made for the purpose (holds, appointments, a
 * call, a practice run), so a fuzzed request that names an id mostly names one that exists.
 */
import type { Pools } from './openapi-arbitraries';
import {
  addDays,
  book,
  createApplicant,
  findFreeSlot,
  hold,
  startCall,
  todayIn,
  type ApiClient,
} from './api-client';

const idsOf = (body: unknown, key = 'id'): string[] =>
  ((body as { items?: Record<string, unknown>[] }).items ?? []).map((item) => String(item[key]));

async function read(api: ApiClient, path: string): Promise<unknown> {
  const response = await api.get(path);
  if (response.status !== 200)
    throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface SeedSessions {
  operator: ApiClient;
  lead: ApiClient;
  trainee: ApiClient;
}

/** Ids by field name; `path:<segment>` is the `{id}` of a URL whose segment before it is that word. */
export async function seedPools(
  sessions: SeedSessions,
  usernames: readonly string[],
  /** Users a fuzzed request must not name (those the fuzz acts as: a lead's action on them would end its run). */
  spared: readonly string[],
): Promise<Pools> {
  const { operator, lead, trainee } = sessions;
  const today = todayIn('America/Phoenix');
  const consulates = idsOf(await read(operator, '/api/consulates'));
  const procedures = idsOf(await read(operator, '/api/procedures'));
  const slots = [
    ...idsOf(await read(operator, `/api/slots?consulateId=PHX&from=${today}&to=${addDays(today, 13)}`)),
    ...idsOf(await read(operator, `/api/slots?consulateId=ELP&from=${today}&to=${addDays(today, 13)}`)),
  ].slice(0, 60);
  const applicants = idsOf(await read(operator, '/api/applicants?q=Garcia&limit=20'));
  const made = await Promise.all([1, 2].map(() => createApplicant(operator)));
  const holds: string[] = [];
  const appointments: string[] = [];
  for (const applicant of made) {
    const slot = await findFreeSlot(operator, { consulateId: 'PHX' });
    holds.push(
      (await hold(operator, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' })).id,
    );
  }
  for (const consulateId of ['PHX', 'ELP']) {
    const slot = await findFreeSlot(operator, { consulateId });
    const applicant = await createApplicant(operator);
    appointments.push(
      (await book(operator, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' })).id,
    );
  }
  const floor = (await read(lead, '/api/floor')) as { operators: { userId: string }[] };
  const users = floor.operators.map((o) => o.userId).filter((id) => !spared.includes(id));
  const queues = idsOf(await read(lead, '/api/floor/queues'));
  const scenarios = idsOf(await read(trainee, '/api/practice/scenarios'));
  const run = await trainee.post<{ id: string }>('/api/practice/runs', { scenarioId: scenarios[0] });
  const runs = run.status === 201 ? [run.body.id] : [];
  const call = await startCall(operator);
  const dates = Array.from({ length: 30 }, (_, i) => addDays(today, i - 3));
  return {
    consulateId: consulates,
    procedureId: procedures,
    slotId: slots,
    applicantId: [...applicants, ...made.map((a) => a.id)],
    holdId: holds,
    appointmentId: appointments,
    replacesAppointmentId: appointments,
    userId: users,
    queueId: queues,
    scenarioId: scenarios,
    username: usernames,
    password: ['demo1234', 'wrong-password'],
    date: dates,
    // Phone numbers (a caller's `from`, the number dialled `to`, an applicant's `phone`); date-shaped
    // `from`/`to` fields draw from `date` instead.
    from: ['+16025550142', '(915) 555-0123', '+525512345678'],
    to: ['+18445550101'],
    phone: ['+1 (602) 555-0100', '6025550199'],
    'path:slots': slots,
    'path:holds': holds,
    'path:appointments': appointments,
    'path:calls': [call.id],
    'path:runs': runs,
  };
}
