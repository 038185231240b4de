import { defineMessages } from '../../i18n/define-messages';

/** Texts of the command-palette feature, Spanish (es-MX) and English side by side. */
export const commandPaletteMessages = defineMessages({
  'command-palette.title': { 'es-MX': 'TODO', en: 'TODO' },
});
