import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import type {
  MessageList,
  MessageListQuery,
  MessageStatus,
  OutboundMessage,
} from '../../../shared/api/messages';
import type { MessagesDeps } from './messages-deps';
import { presentMessage } from './present-message';
import { countMessagesByStatus, findMessage, listMessages } from './queue/outbound-message-repository';

export interface MessageService {
  list(actor: Actor, query: MessageListQuery): Promise<MessageList>;
  get(actor: Actor, id: string): Promise<OutboundMessage>;
}

const STATUSES: MessageStatus[] = ['queued', 'sent', 'failed', 'kept', 'skipped'];

/** The leads' read of the queue: the actor's sandbox (live, or their practice's kept messages). */
export function createMessageService(deps: Pick<MessagesDeps, 'db'>): MessageService {
  const { db } = deps;
  return {
    async list(actor, query) {
      let before: { createdAt: string; id: string } | undefined;
      if (query.before) {
        const anchor = await findMessage(db, actor.sandbox, query.before);
        if (!anchor)
          throw new DomainError(
            'invalid_request',
            `"before" names no message (${query.before}): page with the id of the last message of the previous page.`,
          );
        before = { createdAt: anchor.created_at, id: anchor.id };
      }
      const [rows, counts] = await Promise.all([
        listMessages(db, {
          sandbox: actor.sandbox,
          status: query.status,
          kind: query.kind,
          before,
          limit: query.limit,
        }),
        countMessagesByStatus(db, actor.sandbox),
      ]);
      return {
        items: rows.map(presentMessage),
        counts: Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])) as MessageList['counts'],
      };
    },
    async get(actor, id) {
      const row = await findMessage(db, actor.sandbox, id);
      if (!row) throw notFound('The message');
      return presentMessage(row);
    },
  };
}
