import { defineMessages } from '../../i18n/define-messages';

/** Texts of the caller feature, Spanish (es-MX) and English side by side. */
export const callerMessages = defineMessages({
  'caller.title': { 'es-MX': 'TODO', en: 'TODO' },
});
