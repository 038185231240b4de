import { defineMessages } from '../../i18n/define-messages';

/** Texts of the procedure feature, Spanish (es-MX) and English side by side. */
export const procedureMessages = defineMessages({
  'procedure.title': { 'es-MX': 'TODO', en: 'TODO' },
});
