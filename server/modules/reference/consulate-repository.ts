import type { Kysely, Transaction } from 'kysely';
import type { Consulate } from '../../../shared/api/reference/consulates';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function listConsulates(db: Db): Promise<Consulate[]> {
  const rows = await db.selectFrom('consulates').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    city: r.city,
    region: r.region,
    country: r.country as Consulate['country'],
    timeZone: r.time_zone,
    minLeadMinutes: Number(r.min_lead_minutes),
    bookingHorizonDays: Number(r.booking_horizon_days),
    address: r.address,
  }));
}

export async function findConsulate(db: Db, id: string) {
  return db.selectFrom('consulates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every consulate with what its office calendar depends on: country and region pick the holidays, the zone its current year. */
export async function listCalendarConsulates(db: Db) {
  return db.selectFrom('consulates').select(['id', 'country', 'region', 'time_zone']).orderBy('id').execute();
}
