/**
 * Which users have consoles connected, by socket. A user is online from their first socket; when
 * the last one goes, they get `graceMs` to come back (a reload, a network blip, a restart of the
 * server) before they are reported gone. Timers only: the decisions are the floor service's.
 */
export interface PresenceTracker {
  /** `practice`: the console is in practice mode (its requests act on the user's sandbox). */
  connect(userId: string, socketId: string, practice?: boolean): void;
  disconnect(userId: string, socketId: string): void;
  /** Consoles of this user connected now. */
  consoles(userId: string): number;
  /** Of those, the consoles in practice mode. */
  practiceConsoles(userId: string): number;
  /** Users with a console connected now. */
  users(): string[];
  /** After a restart: users the database holds online get the grace period to reconnect. */
  awaitReconnect(userIds: readonly string[]): void;
  stop(): void;
}

export interface PresenceCallbacks {
  /** The user's first console connected (also after a reconnect within the grace period: harmless). */
  online(userId: string): void;
  /** The user's last console has been gone for the whole grace period. */
  gone(userId: string): void;
  /** The number of the user's consoles changed. */
  countChanged(userId: string): void;
}

export function createPresenceTracker(options: { graceMs: number } & PresenceCallbacks): PresenceTracker {
  const sockets = new Map<string, Set<string>>();
  const practiceSockets = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // After stop (server shutdown) sockets closing are not users leaving.
  let stopped = false;

  function startGrace(userId: string) {
    clearTimeout(timers.get(userId));
    const timer = setTimeout(() => {
      timers.delete(userId);
      if (!sockets.get(userId)?.size) options.gone(userId);
    }, options.graceMs);
    timer.unref?.();
    timers.set(userId, timer);
  }

  return {
    connect(userId, socketId, practice = false) {
      if (stopped) return;
      let set = sockets.get(userId);
      if (!set) sockets.set(userId, (set = new Set()));
      if (set.has(socketId)) return;
      set.add(socketId);
      if (practice) practiceSockets.add(socketId);
      const timer = timers.get(userId);
      if (timer) {
        clearTimeout(timer);
        timers.delete(userId);
      }
      if (set.size === 1) options.online(userId);
      options.countChanged(userId);
    },
    disconnect(userId, socketId) {
      if (stopped) return;
      const set = sockets.get(userId);
      if (!set?.delete(socketId)) return;
      practiceSockets.delete(socketId);
      if (set.size === 0) {
        sockets.delete(userId);
        startGrace(userId);
      }
      options.countChanged(userId);
    },
    consoles: (userId) => sockets.get(userId)?.size ?? 0,
    practiceConsoles(userId) {
      let n = 0;
      for (const socketId of sockets.get(userId) ?? []) if (practiceSockets.has(socketId)) n++;
      return n;
    },
    users: () => [...sockets.keys()],
    awaitReconnect(userIds) {
      for (const userId of userIds) if (!sockets.get(userId)?.size && !timers.has(userId)) startGrace(userId);
    },
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
