import type { StateCreator } from 'zustand';
import type { LeadView } from '../../commands/keymap';
import type { ConsoleState } from '../console-store';

/** Which of a lead's views is on screen; operators and trainees only ever have `calls`. */
export type ViewSlice = {
  view: LeadView;
  showView: (view: LeadView) => void;
};

export const createViewSlice: StateCreator<ConsoleState, [], [], ViewSlice> = (set) => ({
  view: 'calls',
  showView: (view) => set({ view }),
});
