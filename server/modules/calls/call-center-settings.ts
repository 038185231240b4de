import type { Kysely, Transaction } from 'kysely';
import type { CallCenterSettings } from '../../../shared/api/calls';
import type { Actor } from '../../kernel/actor';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

type Db = Kysely<Database> | Transaction<Database>;

/** The wrap-up limit until a lead sets one: two minutes of after-call work. */
export const DEFAULT_WRAP_UP_LIMIT_SECONDS = 120;

const WRAP_UP_LIMIT_KEY = 'wrap_up_limit_seconds';

/** Seconds an operator has to finish a call's wrap-up once its line ended (the lead's setting). */
export async function readWrapUpLimitSeconds(db: Db): Promise<number> {
  const row = await db
    .selectFrom('call_center_settings')
    .select('value')
    .where('key', '=', WRAP_UP_LIMIT_KEY)
    .executeTakeFirst();
  const value = row ? Number(row.value) : NaN;
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_WRAP_UP_LIMIT_SECONDS;
}

export async function readCallCenterSettings(db: Db): Promise<CallCenterSettings> {
  return { wrapUpLimitSeconds: await readWrapUpLimitSeconds(db) };
}

/** A lead sets the limits; the change and its audit entry commit together. */
export async function putCallCenterSettings(
  deps: { transact: Transact; clock: () => Date },
  lead: Actor,
  settings: CallCenterSettings,
): Promise<CallCenterSettings> {
  const now = deps.clock();
  return deps.transact(async (trx) => {
    const before = await readWrapUpLimitSeconds(trx);
    const value = String(settings.wrapUpLimitSeconds);
    await trx
      .insertInto('call_center_settings')
      .values({ key: WRAP_UP_LIMIT_KEY, value, updated_by: lead.userId, updated_at: now.toISOString() })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value, updated_by: lead.userId, updated_at: now.toISOString() }),
      )
      .execute();
    if (before !== settings.wrapUpLimitSeconds)
      await appendAudit(
        trx,
        now,
        lead,
        'call_center.settings_changed',
        { type: 'call_center_settings', id: WRAP_UP_LIMIT_KEY },
        { from: before, to: settings.wrapUpLimitSeconds },
      );
    return readCallCenterSettings(trx);
  });
}
