import type { CreateWaitlistEntryBody, WaitlistListQuery } from '../../../shared/api/waitlist';
import type { Actor } from '../../kernel/actor';
import { cancelEntry, createEntry } from './waitlist-commands';
import type { WaitlistDeps } from './waitlist-deps';
import { expireEndedEntries } from './waitlist-sweeper';
import { listWaitlist, readEntry, summariseWaitlist } from './read-waitlist';

/** The waitlist's commands and queries, bound to their dependencies. */
export function createWaitlistService(deps: WaitlistDeps) {
  return {
    async create(actor: Actor, input: CreateWaitlistEntryBody) {
      return readEntry(deps, actor, await createEntry(deps, actor, input));
    },
    read: (actor: Actor, id: string) => readEntry(deps, actor, id),
    list: (actor: Actor, query: WaitlistListQuery) => listWaitlist(deps, actor, query),
    summary: (actor: Actor) => summariseWaitlist(deps, actor),
    cancel: (actor: Actor, id: string) => cancelEntry(deps, actor, id),
    expireEnded: () => expireEndedEntries(deps),
  };
}

export type WaitlistService = ReturnType<typeof createWaitlistService>;
