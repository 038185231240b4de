import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { SqlDialect } from '../../platform/db/dialect';
import type { Database } from '../../platform/db/schema';
import type { MessageChannel } from '../../../shared/api/messages';
import type { MessageSender } from './delivery/message-sender';

/** What the messages module's delivery needs (handed by the composition root). */
export interface MessagesDeps {
  db: Kysely<Database>;
  dialect: SqlDialect;
  clock: Clock;
  /** This instance's name (INSTANCE_ID): the owner of the leases it takes. */
  instanceId: string;
  /** The configured ways out; a channel left out keeps its messages for the leads (`kept`). */
  senders: Partial<Record<MessageChannel, MessageSender>>;
  delivery: {
    pollMs: number;
    batch: number;
    leaseMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    giveUpAfterMs: number;
  };
  onError(error: unknown, what: string): void;
}
