import { isPractice } from '../../kernel/actor';
import { userRoom } from '../../platform/realtime/rooms';
import type { TypedServer } from '../../platform/realtime/socket-types';
import type { ConsoleCount, ConsoleCounts } from './floor-deps';
import type { PresenceTracker } from './presence-tracker';

/** One instance: the tracker's own counts, the sockets it saw connect and disconnect here. */
export function localConsoleCounts(
  tracker: Pick<PresenceTracker, 'consoles' | 'practiceConsoles' | 'users'>,
): ConsoleCounts {
  return {
    async count(userIds) {
      const out = new Map<string, ConsoleCount>();
      for (const userId of userIds ?? tracker.users()) {
        const consoles = tracker.consoles(userId);
        if (consoles > 0) out.set(userId, { consoles, practiceConsoles: tracker.practiceConsoles(userId) });
      }
      return out;
    },
  };
}

/**
 * Several instances: every console is a socket in its user's room on some instance, so the
 * adapter's `fetchSockets` (a question to every instance through Redis) counts them all. It
 * rejects when an instance does not answer in time: a caller deciding someone is gone must not
 * take "no answer" for "no console".
 */
export function clusterConsoleCounts(io: Pick<TypedServer, 'fetchSockets' | 'in'>): ConsoleCounts {
  return {
    async count(userIds) {
      if (userIds?.length === 0) return new Map();
      const sockets = await (userIds ? io.in(userIds.map(userRoom)).fetchSockets() : io.fetchSockets());
      const out = new Map<string, ConsoleCount>();
      for (const socket of sockets) {
        const user = socket.data.user;
        // Sockets still in their handshake (no user yet) are no console.
        if (!user || (userIds && !userIds.includes(user.id))) continue;
        const count = out.get(user.id) ?? { consoles: 0, practiceConsoles: 0 };
        count.consoles += 1;
        if (isPractice(user.sandbox)) count.practiceConsoles += 1;
        out.set(user.id, count);
      }
      return out;
    },
  };
}
