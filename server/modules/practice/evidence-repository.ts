/**
 * The rows a practice run is scored on, read in its sandbox (the user's calls and bookings since
 * the run began, the caller identified), and the names its result shows.
 */
import type { Kysely } from 'kysely';
import type { PracticeNames } from '../../../shared/practice/scoring';
import type { CallRow, Database } from '../../platform/db/schema';
import type { PracticeRunRow } from './practice-run-repository';

type Run = Pick<PracticeRunRow, 'sandbox' | 'user_id' | 'started_at' | 'existing_appointment_id'>;

/** The user's last call in the run's sandbox started after the run began. */
export async function findLastCallOfRun(db: Kysely<Database>, run: Run): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('sandbox', '=', run.sandbox)
    .where('operator_id', '=', run.user_id)
    .where('started_at', '>=', run.started_at)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The last appointment the user booked during the run (not the one the scenario seeded), with its consulate's zone. */
export async function findBookingOfRun(db: Kysely<Database>, run: Run) {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('consulates as c', 'c.id', 'r.consulate_id')
    .select([
      'r.appointment_id',
      'r.applicant_id',
      'r.procedure_id',
      'r.consulate_id',
      'r.replaces_id',
      's.local_start',
      'c.time_zone',
    ])
    .where('r.sandbox', '=', run.sandbox)
    .where('r.status', '=', 'booked')
    .where('r.booked_by', '=', run.user_id)
    .where('r.booked_at', '>=', run.started_at)
    .$if(run.existing_appointment_id !== null, (q) =>
      q.where('r.appointment_id', '!=', run.existing_appointment_id as string),
    )
    .orderBy('r.booked_at', 'desc')
    .executeTakeFirst();
}

/** How the caller was identified: the CURP, or without one the identity key stored with them (folded names, birth date). */
export async function findApplicantIdentity(db: Kysely<Database>, applicantId: string) {
  return db
    .selectFrom('applicants')
    .select(['curp', 'identity_key'])
    .where('id', '=', applicantId)
    .executeTakeFirst();
}

/** The consulates' and procedures' names as a result shows them; an unknown one goes by its id. */
export async function practiceNames(db: Kysely<Database>): Promise<PracticeNames> {
  const consulates = new Map(
    (await db.selectFrom('consulates').select(['id', 'name']).execute()).map((c) => [
      c.id,
      { es: c.name, en: c.name },
    ]),
  );
  const procedures = new Map(
    (await db.selectFrom('procedures').select(['id', 'name_es', 'name_en']).execute()).map((p) => [
      p.id,
      { es: p.name_es, en: p.name_en },
    ]),
  );
  return {
    consulate: (id) => consulates.get(id) ?? { es: id, en: id },
    procedure: (id) => procedures.get(id) ?? { es: id, en: id },
  };
}

/** The name a result gives the user who ran it. */
export async function displayNameOf(db: Kysely<Database>, userId: string): Promise<string> {
  const user = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return user.display_name;
}
