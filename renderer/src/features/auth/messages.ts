import { defineMessages } from '../../i18n/define-messages';

/** Texts of the auth feature, Spanish (es-MX) and English side by side. */
export const authMessages = defineMessages({
  'auth.title': { 'es-MX': 'TODO', en: 'TODO' },
});
