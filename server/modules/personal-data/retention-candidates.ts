/**
 * The retention rule as a query: live applicants registered before the cut-off, not anonymised yet,
 * with no reservation (held, booked, ended, or its slot's time), call (the operator's record or the
 * line) or waitlist entry (created, ending or ended) at or after it. Each "no trace" is an indexed
 * probe by applicant (migration 0020 adds those of the calls), so a pass over 200,000 applicants
 * reads in pages by id and never scans another table whole.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { LIVE_SANDBOX } from '../../kernel/actor';
import type { Database } from '../../platform/db/schema';
import { ANONYMISED_MARK } from './anonymisation';

type Db = Kysely<Database> | Transaction<Database>;

export interface CandidatePage {
  /** Only ids after this one (the previous page's last), in id order. */
  after?: string;
  /** Only these ids (re-checked inside the anonymising transaction). */
  ids?: readonly string[];
  limit: number;
}

export async function findRetentionCandidates(
  db: Db,
  cutoff: string,
  page: CandidatePage,
): Promise<string[]> {
  const mark = `${ANONYMISED_MARK}%`;
  let query = db
    .selectFrom('applicants as a')
    .select('a.id')
    // Written so no index serves it: a page walks the primary key (id order), never the whole
    // sandbox through another index and a sort (SQLite picked applicants_by_phone_reversed: 1.2 s a page).
    .where(sql<string>`a.sandbox || ''`, '=', LIVE_SANDBOX)
    .where('a.created_at', '<', cutoff)
    .where((eb) => eb.or([eb('a.curp', 'is', null), eb('a.curp', 'not like', mark)]))
    .where((eb) => eb.or([eb('a.identity_key', 'is', null), eb('a.identity_key', 'not like', mark)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reservations as r')
            .innerJoin('slots as s', 's.id', 'r.slot_id')
            .select(sql.lit(1).as('one'))
            .whereRef('r.applicant_id', '=', 'a.id')
            .where((eb) =>
              eb.or([
                eb('r.held_at', '>=', cutoff),
                eb('r.booked_at', '>=', cutoff),
                eb('r.ended_at', '>=', cutoff),
                eb('s.start_at', '>=', cutoff),
              ]),
            ),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('calls as c')
            .select(sql.lit(1).as('one'))
            .whereRef('c.applicant_id', '=', 'a.id')
            .where((eb) =>
              eb.or([
                eb('c.started_at', '>=', cutoff),
                eb('c.ended_at', 'is', null),
                eb('c.ended_at', '>=', cutoff),
              ]),
            ),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('routed_calls as rc')
            .select(sql.lit(1).as('one'))
            .whereRef('rc.applicant_id', '=', 'a.id')
            .where((eb) => eb.or([eb('rc.arrived_at', '>=', cutoff), eb('rc.ended_at', 'is', null)])),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('waitlist_entries as w')
            .select(sql.lit(1).as('one'))
            .whereRef('w.applicant_id', '=', 'a.id')
            .where((eb) =>
              eb.or([
                eb('w.created_at', '>=', cutoff),
                eb('w.ends_at', '>=', cutoff),
                eb('w.ended_at', '>=', cutoff),
                eb('w.status', 'in', ['waiting', 'offered']),
              ]),
            ),
        ),
      ),
    );
  if (page.after !== undefined) query = query.where('a.id', '>', page.after);
  if (page.ids !== undefined) {
    if (page.ids.length === 0) return [];
    query = query.where('a.id', 'in', [...page.ids]);
  }
  const rows = await query.orderBy('a.id').limit(page.limit).execute();
  return rows.map((r) => r.id);
}
