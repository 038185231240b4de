import type { StateCreator } from 'zustand';
import type { User } from '../../../../shared/api/auth';
import type { ConsoleState } from '../console-store';

export type SessionSlice = {
  token: string | null;
  user: User | null;
  /** The server ended the session (signed out elsewhere, by a lead, or expired): the sign-in screen says so. */
  sessionEnded: boolean;
  signIn: (token: string, user: User) => void;
  /** `ended`: the server ended the session, the user did not sign out. */
  signOut: (options?: { ended?: boolean }) => void;
};

export const createSessionSlice: StateCreator<ConsoleState, [], [], SessionSlice> = (set) => ({
  token: null,
  user: null,
  sessionEnded: false,
  signIn: (token, user) => set({ token, user, sessionEnded: false }),
  signOut: (options) =>
    set({ token: null, user: null, view: 'calls', sessionEnded: options?.ended === true }),
});
