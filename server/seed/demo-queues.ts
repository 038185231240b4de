import type { Insertable, Transaction } from 'kysely';
import type { Database, QueueMembersTable, QueuesTable } from '../platform/db/schema';
import { consulates, type ConsulateRecord } from '../modules/reference';
import { OUTBOUND_REBOOKING_QUEUE } from '../modules/calls';
import { insertQueues } from '../modules/floor';
import type { DemoUser } from './demo-users';

interface DemoQueue {
  id: string;
  name: { es: string; en: string };
  kind: 'region' | 'procedure_family';
  /** Region queues: which consulates they serve first. */
  serves?: (consulate: ConsulateRecord) => boolean;
  procedureIds?: readonly string[];
}

const inStates =
  (...states: string[]) =>
  (c: ConsulateRecord) =>
    c.country === 'US' && states.includes(c.region);

/**
 * The demo's queues: seven by region of the consulates asked for (every consulate in exactly one)
 * and two by procedure family. A DEMO ASSUMPTION of how a floor could be split, not an official one.
 */
export const demoQueues: readonly DemoQueue[] = [
  {
    id: 'q-region-az-nm',
    name: { es: 'Frontera Arizona y Nuevo México', en: 'Arizona and New Mexico border' },
    kind: 'region',
    serves: inStates('AZ', 'NM'),
  },
  { id: 'q-region-tx', name: { es: 'Texas', en: 'Texas' }, kind: 'region', serves: inStates('TX') },
  { id: 'q-region-ca', name: { es: 'California', en: 'California' }, kind: 'region', serves: inStates('CA') },
  {
    id: 'q-region-west',
    name: { es: 'Oeste y Montaña', en: 'West and Mountain' },
    kind: 'region',
    serves: inStates('NV', 'OR', 'WA', 'CO', 'UT', 'ID'),
  },
  {
    id: 'q-region-central',
    name: { es: 'Centro y Medio Oeste', en: 'Central and Midwest' },
    kind: 'region',
    serves: inStates('IL', 'MO', 'AR', 'WI', 'LA', 'OK', 'NE', 'MN', 'MI', 'IN'),
  },
  {
    id: 'q-region-east',
    name: { es: 'Este', en: 'East' },
    kind: 'region',
    serves: inStates('GA', 'MA', 'FL', 'NJ', 'NY', 'PA', 'NC', 'DC'),
  },
  {
    id: 'q-region-canada',
    name: { es: 'Canadá', en: 'Canada' },
    kind: 'region',
    serves: (c) => c.country === 'CA',
  },
  {
    id: 'q-passports',
    name: { es: 'Pasaportes', en: 'Passports' },
    kind: 'procedure_family',
    procedureIds: ['passport-first', 'passport-renewal', 'passport-minor'],
  },
  {
    id: 'q-civil-registry',
    name: { es: 'Registro civil', en: 'Civil registry' },
    kind: 'procedure_family',
    procedureIds: ['birth-registration-review', 'birth-registration', 'civil-registry-copy'],
  },
];

export function demoQueueRows(): Insertable<QueuesTable>[] {
  return demoQueues.map((q, i) => ({
    id: q.id,
    name_es: q.name.es,
    name_en: q.name.en,
    kind: q.kind,
    consulate_ids_json: JSON.stringify(q.serves ? consulates.filter(q.serves).map((c) => c.id) : []),
    procedure_ids_json: JSON.stringify(q.procedureIds ?? []),
    sort_order: (i + 1) * 10,
  }));
}

/** Operators dealt round the queues in order: operator1 on the first, operator2 on the second… */
export function demoQueueMembers(
  users: readonly DemoUser[],
  assignedAt: string,
): Insertable<QueueMembersTable>[] {
  return users
    .filter((u) => u.role === 'operator')
    .map((u, i) => ({
      user_id: u.id,
      queue_id: (demoQueues[i % demoQueues.length] as DemoQueue).id,
      assigned_at: assignedAt,
      assigned_by: null,
    }));
}

/**
 * Queues and their operators, in the demo seed's transaction (after the users). The outbound queue
 * (a closed day's rebooking calls) starts with nobody: a lead puts operators on it when a list is made.
 */
export async function seedDemoQueues(
  trx: Transaction<Database>,
  users: readonly DemoUser[],
  nowIso: string,
): Promise<void> {
  await insertQueues(trx, [...demoQueueRows(), OUTBOUND_REBOOKING_QUEUE]);
  const members = demoQueueMembers(users, nowIso);
  if (members.length) await trx.insertInto('queue_members').values(members).execute();
}
