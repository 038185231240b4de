import { defineMessages } from '../../i18n/define-messages';

/** Texts of the lead's "Sign out" on the floor, Spanish (es-MX) and English side by side. */
export const floorSignOutMessages = defineMessages({
  'floor.signOut.action': { 'es-MX': 'Cerrar sesión', en: 'Sign out' },
  /** The button's name for screen readers: its visible text first, then whom (the header's "Cerrar sesión" is the lead's own). */
  'floor.signOut.actionName': {
    'es-MX': 'Cerrar sesión de los operadores seleccionados',
    en: 'Sign out the selected operators',
  },
  'floor.signOut.title': {
    'es-MX': '¿Cerrar la sesión de {count, plural, one {{name}} other {# operadores}}?',
    en: 'Sign out {count, plural, one {{name}} other {# operators}}?',
  },
  'floor.signOut.body': {
    'es-MX':
      'Sus consolas vuelven a la pantalla de inicio de sesión en todas partes y una llamada en curso queda sin consola. Para volver, inician sesión de nuevo.',
    en: 'Their consoles go back to the sign-in screen everywhere, and a call in progress is left without a console. To come back, they sign in again.',
  },
  'floor.signOut.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'floor.signOut.confirm': { 'es-MX': 'Cerrar sesión', en: 'Sign out' },
  'floor.signOut.sending': { 'es-MX': 'Cerrando sesión…', en: 'Signing out…' },
  'floor.signOut.keys': {
    'es-MX': 'Tab: cambiar de botón · Intro: el botón con el foco · Esc: cancelar',
    en: 'Tab: change button · Enter: the focused button · Esc: cancel',
  },
  'floor.signOut.done': {
    'es-MX':
      '{count, plural, one {Sesión de {name} cerrada} other {Sesiones de # operadores cerradas}}: deben iniciar sesión de nuevo.',
    en: '{count, plural, one {{name} is signed out} other {# operators are signed out}}: they must sign in again.',
  },
  'floor.signOut.failed': {
    'es-MX':
      'No se pudo cerrar la sesión de {count, plural, one {# operador} other {# operadores}}: {reason}',
    en: 'Could not sign out {count, plural, one {# operator} other {# operators}}: {reason}',
  },
});
