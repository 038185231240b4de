import { defineMessages } from '../../i18n/define-messages';

/** Texts of the slots feature, Spanish (es-MX) and English side by side. */
export const slotsMessages = defineMessages({
  'slots.title': { 'es-MX': 'TODO', en: 'TODO' },
});
