import { defineMessages } from '../../i18n/define-messages';

/** Texts of the consulate feature, Spanish (es-MX) and English side by side. */
export const consulateMessages = defineMessages({
  'consulate.title': { 'es-MX': 'TODO', en: 'TODO' },
});
