import { defineMessages } from '../../i18n/define-messages';

/** Texts of the call feature, Spanish (es-MX) and English side by side. */
export const callMessages = defineMessages({
  'call.title': { 'es-MX': 'TODO', en: 'TODO' },
});
