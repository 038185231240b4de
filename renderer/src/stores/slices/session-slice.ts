import type { StateCreator } from 'zustand';
import type { User } from '../../../../shared/api/auth';
import type { ConsoleState } from '../console-store';

export type SessionSlice = {
  token: string | null;
  user: User | null;
  signIn: (token: string, user: User) => void;
  signOut: () => void;
};

export const createSessionSlice: StateCreator<ConsoleState, [], [], SessionSlice> = (set) => ({
  token: null,
  user: null,
  signIn: (token, user) => set({ token, user }),
  signOut: () => set({ token: null, user: null, view: 'calls' }),
});
