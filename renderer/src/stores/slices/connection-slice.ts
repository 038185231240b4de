import type { StateCreator } from 'zustand';
import type { ConsoleState } from '../console-store';

export type SocketStatus = 'connecting' | 'online' | 'offline';

export type ConnectionSlice = {
  socketStatus: SocketStatus;
  /** When the console last refetched what may have changed while it was not listening (reconnect, wake). */
  lastResyncAt: number | null;
  setSocketStatus: (status: SocketStatus) => void;
  markResynced: (at: number) => void;
};

export const createConnectionSlice: StateCreator<ConsoleState, [], [], ConnectionSlice> = (set) => ({
  socketStatus: 'connecting',
  lastResyncAt: null,
  setSocketStatus: (socketStatus) => set({ socketStatus }),
  markResynced: (lastResyncAt) => set({ lastResyncAt }),
});

/** Hold and confirm need the live channel: a seat shown while offline may be gone. */
export const isOnline = (s: Pick<ConnectionSlice, 'socketStatus'>): boolean => s.socketStatus === 'online';
