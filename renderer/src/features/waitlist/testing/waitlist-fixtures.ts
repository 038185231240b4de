import { SlotList } from '../../../../../shared/api/slots';
import { WaitlistList } from '../../../../../shared/api/waitlist';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import type { Api } from '../../../api/api-client-context';
import { createHold, releaseHold } from '../../../api/holds';
import { registerApplicant } from '../../../testing/seat-fixtures';

/**
 * Three consulate-local days on which none of the consulates has a free seat: past the seeded slots
 * and within the booking horizon, so an entry for them waits (the server offers nothing at once).
 */
export async function daysWithoutSeats(
  api: Api,
  consulateIds: readonly string[],
  timeZone: string,
): Promise<{ from: string; to: string }> {
  const today = todayIn(timeZone);
  for (let ahead = 45; ahead < 85; ahead += 3) {
    const from = addDays(today, ahead);
    const to = addDays(from, 2);
    const free = await Promise.all(
      consulateIds.map(async (consulateId) =>
        (await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList })).items.some(
          (s) => s.available > 0,
        ),
      ),
    );
    if (!free.includes(true)) return { from, to };
  }
  throw new Error(`no three days without free seats at ${consulateIds.join(', ')}`);
}

/** One person's waitlist entries as the server has them. */
export const entriesOf = async (api: Api, applicantId: string) =>
  (await api('/api/waitlist', { query: { applicantId }, schema: WaitlistList })).items;

/**
 * Another caller's seat given back: a seat of the consulate's first slot with one free between
 * `from` and `to` is held for someone else and released, so it frees — and goes to the first entry
 * waiting for it there (a new entry waits beside seats already free: the caller declined those).
 */
export async function giveBackASeat(
  api: Api,
  consulateId: string,
  range: { from: string; to: string },
  procedureId: string,
): Promise<string> {
  const tomorrow = Date.now() + 24 * 3_600_000;
  const { items } = await api('/api/slots', { query: { consulateId, ...range }, schema: SlotList });
  const slot = items.find((s) => s.available > 0 && Date.parse(s.start) > tomorrow);
  if (!slot) throw new Error(`no free seat at ${consulateId} from ${range.from} to ${range.to}`);
  const someoneElse = await registerApplicant(api);
  const hold = await createHold(api, { slotId: slot.id, applicantId: someoneElse.id, procedureId });
  await releaseHold(api, hold.id);
  return slot.id;
}
