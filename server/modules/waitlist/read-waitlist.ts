import type { WaitlistEntry, WaitlistListQuery, WaitlistSummary } from '../../../shared/api/waitlist';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { presentEntry } from './present-waitlist';
import type { WaitlistDeps } from './waitlist-deps';
import {
  findEntry,
  findOfferedSlots,
  listEntries,
  listEntriesOfApplicant,
  summarise,
  type WaitlistEntryWithConsulates,
} from './waitlist-repository';

async function present(deps: WaitlistDeps, rows: WaitlistEntryWithConsulates[]): Promise<WaitlistEntry[]> {
  const holds = rows.flatMap((r) => (r.status === 'offered' && r.hold_id ? [r.hold_id] : []));
  const offered = await findOfferedSlots(deps.db, holds);
  return rows.map((row) => presentEntry(row, offered));
}

export async function readEntry(deps: WaitlistDeps, actor: Actor, id: string): Promise<WaitlistEntry> {
  const row = await findEntry(deps.db, actor.sandbox, id);
  if (!row) throw notFound('That waitlist entry');
  return (await present(deps, [row]))[0] as WaitlistEntry;
}

/**
 * One applicant's entries (the screen pop), newest first; a lead may instead list a consulate's,
 * procedure's or status's entries in their order on the list.
 */
export async function listWaitlist(
  deps: WaitlistDeps,
  actor: Actor,
  query: WaitlistListQuery,
): Promise<WaitlistEntry[]> {
  if (query.applicantId !== undefined) {
    const rows = await listEntriesOfApplicant(deps.db, actor.sandbox, query.applicantId, query.limit);
    return present(
      deps,
      rows.filter(
        (r) =>
          (query.procedureId === undefined || r.procedure_id === query.procedureId) &&
          (query.status === undefined || r.status === query.status) &&
          (query.consulateId === undefined || r.consulate_ids.includes(query.consulateId)),
      ),
    );
  }
  if (actor.role !== 'lead')
    throw new DomainError(
      'forbidden',
      'Name the applicant (applicantId) to see their waitlist entries; whole lists are for leads.',
    );
  return present(deps, await listEntries(deps.db, actor.sandbox, query, query.limit));
}

export async function summariseWaitlist(deps: WaitlistDeps, actor: Actor): Promise<WaitlistSummary> {
  return { items: await summarise(deps.db, actor.sandbox) };
}
