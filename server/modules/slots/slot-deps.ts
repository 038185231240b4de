import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { SlotChangeLog } from './outbox/slot-change-log';

/** What the slots' commands and queries need, wired once in the composition root. */
export interface SlotDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  /** The outbox: seat changes are written in the command's own transaction. */
  slotChanges: SlotChangeLog;
}
