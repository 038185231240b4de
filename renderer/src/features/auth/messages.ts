import { defineMessages } from '../../i18n/define-messages';

/** Texts of the auth feature, Spanish (es-MX) and English side by side. */
export const authMessages = defineMessages({
  'auth.title': { 'es-MX': 'Iniciar sesión', en: 'Sign in' },
  'auth.intro': { 'es-MX': 'Entre con su usuario de la consola.', en: 'Use your console account.' },
  'auth.username': { 'es-MX': 'Usuario', en: 'Username' },
  'auth.password': { 'es-MX': 'Contraseña', en: 'Password' },
  'auth.submit': { 'es-MX': 'Entrar', en: 'Sign in' },
  'auth.submitting': { 'es-MX': 'Entrando…', en: 'Signing in…' },
  'auth.missing': { 'es-MX': 'Escriba su usuario y su contraseña.', en: 'Type your username and password.' },
  'auth.sessionEnded': {
    'es-MX':
      'Su sesión terminó: venció, se cerró en otra consola o la cerró un líder. Inicie sesión de nuevo para seguir.',
    en: 'Your session ended: it expired, was signed out on another console, or a lead signed you out. Sign in again to go on.',
  },
  'auth.tooManyFailures': {
    'es-MX': 'Demasiados intentos fallidos desde este equipo. Espere unos minutos e intente de nuevo.',
    en: 'Too many failed sign-ins from this computer. Wait a few minutes and try again.',
  },
  'auth.locked': {
    'es-MX':
      'Esta cuenta quedó bloqueada por demasiados intentos fallidos. Pida a su líder de turno que la desbloquee.',
    en: 'This account is locked after too many failed sign-ins. Ask your shift lead to unlock it.',
  },
});
