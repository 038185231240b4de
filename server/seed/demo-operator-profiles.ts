import type { Insertable, Transaction } from 'kysely';
import type { Database, OperatorProfilesTable } from '../platform/db/schema';
import type { DemoUser } from './demo-users';

/**
 * The languages demo operators take calls in: everyone Spanish; operators whose number ends in 1, 4
 * or 7 (twelve of forty, and at least one on every queue) English too. Nobody answers automatically.
 * A DEMO ASSUMPTION, deterministic so tests know who speaks what.
 */
export function demoOperatorProfiles(users: readonly DemoUser[]): Insertable<OperatorProfilesTable>[] {
  return users
    .filter((u) => u.role === 'operator')
    .map((u) => {
      const n = Number(/(\d+)$/.exec(u.username)?.[1] ?? 0);
      return { user_id: u.id, languages: [1, 4, 7].includes(n % 10) ? 'es,en' : 'es', auto_answer: 0 };
    });
}

/** Operators' profiles, in the demo seed's transaction (after the users). */
export async function seedDemoOperatorProfiles(
  trx: Transaction<Database>,
  users: readonly DemoUser[],
): Promise<void> {
  const rows = demoOperatorProfiles(users);
  if (rows.length) await trx.insertInto('operator_profiles').values(rows).execute();
}
