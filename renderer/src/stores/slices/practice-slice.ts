import type { StateCreator } from 'zustand';
import type { ConsoleState } from '../console-store';

/**
 * Practice mode: a trainee is always in practice; an operator or a lead switches it on and off
 * (never during a call). While on, every request carries the practice header and the socket joins
 * the user's sandbox, so nothing done here reaches the live floor.
 */
export type PracticeSlice = {
  /** The user who switched practice on (so it never carries over to someone else signing in). */
  practiceFor: string | null;
  /** The caller's voice (speech synthesis) muted. */
  practiceMuted: boolean;
  setPracticeMode: (on: boolean) => void;
  togglePracticeMuted: () => void;
};

export const createPracticeSlice: StateCreator<ConsoleState, [], [], PracticeSlice> = (set, get) => ({
  practiceFor: null,
  practiceMuted: false,
  setPracticeMode: (on) => set({ practiceFor: on ? (get().user?.id ?? null) : null }),
  togglePracticeMuted: () => set({ practiceMuted: !get().practiceMuted }),
});

/** Whether the console acts on the user's practice sandbox. */
export const inPractice = (s: Pick<ConsoleState, 'user' | 'practiceFor'>): boolean =>
  s.user !== null && (s.user.role === 'trainee' || s.practiceFor === s.user.id);
