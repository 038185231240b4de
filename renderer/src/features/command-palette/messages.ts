import { defineMessages } from '../../i18n/define-messages';

/** Texts of the command-palette feature, Spanish (es-MX) and English side by side. */
export const commandPaletteMessages = defineMessages({
  'command-palette.open': { 'es-MX': 'Paleta de comandos', en: 'Command palette' },
  'command-palette.title': { 'es-MX': 'Comandos', en: 'Commands' },
  'command-palette.filter': { 'es-MX': 'Buscar un comando', en: 'Find a command' },
  'command-palette.filter.placeholder': { 'es-MX': 'Escriba para filtrar…', en: 'Type to filter…' },
  'command-palette.results': {
    'es-MX': '{count, plural, =0 {Ningún comando coincide} one {# comando} other {# comandos}}',
    en: '{count, plural, =0 {No command matches} one {# command} other {# commands}}',
  },
  'command-palette.unavailable': { 'es-MX': 'no disponible ahora', en: 'not available now' },
  'command-palette.help': {
    'es-MX': '↑/↓ para elegir · Intro ejecuta · Esc cierra',
    en: '↑/↓ to choose · Enter runs · Esc closes',
  },
  'command-palette.close': { 'es-MX': 'Cerrar', en: 'Close' },
});
