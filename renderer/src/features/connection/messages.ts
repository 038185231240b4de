import { defineMessages } from '../../i18n/define-messages';

/** Texts of the connection feature, Spanish (es-MX) and English side by side. */
export const connectionMessages = defineMessages({
  'connection.title': { 'es-MX': 'TODO', en: 'TODO' },
});
