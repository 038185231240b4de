import type { NoticeCatalog } from './catalog-es';

/** What the applicant reads, in English: the same keys and placeholders as `catalog-es.ts`. */
export const catalogEn: NoticeCatalog = {
  subject_booked: 'Appointment confirmed: {procedure}, {date}',
  subject_rescheduled: 'Your appointment changed: {procedure}, {date}',
  subject_cancelled: 'Appointment cancelled: {procedure}, {date}',
  subject_closed: 'The consulate is closed on the day of your appointment, {date}',
  subject_waitlist_offer: 'A seat is held for you: {procedure}, {date}',
  subject_reminder: 'Appointment reminder: {procedure}, {date}',

  greeting: 'Hello {name},',
  intro_booked: 'Your appointment at the {consulate} is confirmed.',
  intro_rescheduled:
    'Your appointment at the {consulate} has moved. It was on {previous}; it is now on {when}.',
  intro_cancelled: 'Your appointment on {when} at the {consulate} has been cancelled.',
  intro_closed:
    'We are sorry: the {consulate} will be closed on the day of your appointment, {when}. Reason: {reason}. Your appointment will not take place at that time, but you keep your place: we will call you with a new date, or call us at {phone}.',
  intro_waitlist_offer:
    'A seat opened for your procedure and we are holding it for you until {expires}. Call us at {phone} before then to confirm it; otherwise it goes to the next person on the waitlist.',
  intro_reminder_tomorrow: 'A reminder: your appointment at the {consulate} is tomorrow.',
  intro_reminder_day_after: 'A reminder: your appointment at the {consulate} is the day after tomorrow.',
  intro_reminder_on: 'A reminder of your appointment at the {consulate}.',

  label_procedure: 'Procedure',
  label_when: 'Date and time',
  label_previous: 'Previous date',
  label_consulate: 'Consulate',
  label_address: 'Address',
  address_unknown: "see the address on the consulate's web page",
  when_with_zone: '{date} ({zone})',
  time_zone_note: "The time is the consulate's: {zone}.",
  label_requirements: 'What to bring',
  requirements_none: 'No additional documents are required for this procedure.',
  label_fees: 'Fees in force on the day of your appointment',
  fee_line: '{label}: {amount}',
  fee_unknown: 'check the fee with the consulate',
  fee_free: 'free of charge',
  fees_none: 'Check the fee with the consulate.',
  label_code: 'Confirmation code',
  code_spelled: 'Spelled: {spelled}',
  code_separated: 'Character by character: {separated}',
  how_to_cancel:
    'To cancel or change your appointment, call us at {phone} with your confirmation code at hand.',
  how_to_rebook: 'Call us at {phone} to book a new appointment.',
  sign_off: 'Sincerely,',
  signature: 'MiConsulado — the call center of the consulates of Mexico',
  html_title: 'MiConsulado',

  calendar_summary: 'Consular appointment: {procedure}',
  calendar_description: '{procedure} at the {consulate}.',
  calendar_cancelled: 'This appointment was cancelled.',
  calendar_alarm: 'Tomorrow: your appointment at the {consulate}',
  calendar_organizer: 'MiConsulado',
  calendar_filename_request: 'appointment.ics',
  calendar_filename_cancel: 'appointment-cancelled.ics',

  sms_booked:
    'MiConsulado: appointment confirmed at the consulate in {city}: {date}, code {code}. Changes: {phone}',
  sms_rescheduled:
    'MiConsulado: your appointment at the consulate in {city} moved to {date}, code {code}. Questions: {phone}',
  sms_cancelled:
    'MiConsulado: your appointment at the consulate in {city} on {date} was cancelled; new one: {phone}',
  sms_closed:
    'MiConsulado: the consulate in {city} is closed on your appointment day ({date}). You keep your place; new date: {phone}',
  sms_waitlist_offer:
    'MiConsulado: a seat at the consulate in {city} on {date} is held for you until {expires}; confirm: {phone}',
  sms_reminder:
    'MiConsulado: your appointment at the consulate in {city}: {date}, code {code}. Changes: {phone}',
};
