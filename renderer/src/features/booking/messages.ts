import { defineMessages } from '../../i18n/define-messages';

/** Texts of the booking feature, Spanish (es-MX) and English side by side. */
export const bookingMessages = defineMessages({
  'booking.title': { 'es-MX': 'TODO', en: 'TODO' },
});
