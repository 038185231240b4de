import { consulateComboboxMessages } from '../components/consulate-combobox-messages';
import { applicantsMessages } from '../features/applicants/messages';
import { authMessages } from '../features/auth/messages';
import { bookingMessages } from '../features/booking/messages';
import { callsMessages } from '../features/calls/messages';
import { capacityMessages } from '../features/capacity/messages';
import { commandPaletteMessages } from '../features/command-palette/messages';
import { connectionMessages } from '../features/connection/messages';
import { consulateMessages } from '../features/consulate/messages';
import { dayFiguresMessages } from '../features/day-figures/messages';
import { floorMessages } from '../features/floor/messages';
import { floorSignOutMessages } from '../features/floor/sign-out-messages';
import { messagesMessages } from '../features/messages/messages';
import { personalDataMessages } from '../features/personal-data/messages';
import { operatorStatusMessages } from '../features/operator-status/messages';
import { practiceMessages } from '../features/practice/messages';
import { procedureMessages } from '../features/procedure/messages';
import { queuesMessages } from '../features/queues/messages';
import { recordReadsMessages } from '../features/record-reads/messages';
import { shiftsMessages } from '../features/shifts/messages';
import { slotsMessages } from '../features/slots/messages';
import { waitlistMessages } from '../features/waitlist/messages';
import { appMessages } from './app-messages';
import type { MessageEntry } from './define-messages';
import { eligibilityMessages } from './eligibility-messages';
import { errorMessages } from './error-messages';
import { fieldMessages } from './field-messages';
import { locales, type Locale } from './locales';

/** Every message of the console; each feature keeps its own next to its components. */
const all = {
  ...appMessages,
  ...errorMessages,
  ...fieldMessages,
  ...eligibilityMessages,
  ...authMessages,
  ...callsMessages,
  ...applicantsMessages,
  ...procedureMessages,
  ...consulateMessages,
  ...consulateComboboxMessages,
  ...slotsMessages,
  ...bookingMessages,
  ...connectionMessages,
  ...commandPaletteMessages,
  ...operatorStatusMessages,
  ...floorMessages,
  ...floorSignOutMessages,
  ...queuesMessages,
  ...dayFiguresMessages,
  ...capacityMessages,
  ...shiftsMessages,
  ...practiceMessages,
  ...waitlistMessages,
  ...messagesMessages,
  ...recordReadsMessages,
  ...personalDataMessages,
};

export type MessageId = keyof typeof all;
export const messageEntries: Readonly<Record<MessageId, MessageEntry>> = all;

/** One flat catalog per locale, as react-intl takes it. */
export const catalogs: Record<Locale, Record<string, string>> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.fromEntries(Object.entries(all).map(([id, entry]) => [id, entry[locale]])),
  ]),
) as Record<Locale, Record<string, string>>;
