import { create } from 'zustand';
import { createCallSlice, type CallSlice } from './slices/call-slice';
import { createConnectionSlice, type ConnectionSlice } from './slices/connection-slice';
import { createPracticeSlice, type PracticeSlice } from './slices/practice-slice';
import { createSessionSlice, type SessionSlice } from './slices/session-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';

/** UI state of the console, composed from slices. Server state lives in the query cache. */
export type ConsoleState = SessionSlice & UiSlice & ConnectionSlice & CallSlice & ViewSlice & PracticeSlice;

export const createConsoleStore = () =>
  create<ConsoleState>()((...a) => ({
    ...createSessionSlice(...a),
    ...createUiSlice(...a),
    ...createConnectionSlice(...a),
    ...createCallSlice(...a),
    ...createViewSlice(...a),
    ...createPracticeSlice(...a),
  }));

export type ConsoleStore = ReturnType<typeof createConsoleStore>;
