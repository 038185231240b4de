import { defineMessages } from './define-messages';

/** Texts of the console's frame: panels, shortcuts, language. */
export const appMessages = defineMessages({
  'app.name': { 'es-MX': 'MiConsulado', en: 'MiConsulado' },
  'app.tagline': { 'es-MX': 'Consola de citas consulares', en: 'Consular appointments console' },
  'app.skipToMain': { 'es-MX': 'Saltar al contenido', en: 'Skip to content' },
  'app.loading': { 'es-MX': 'Cargando…', en: 'Loading…' },
  'app.signedInAs': { 'es-MX': '{name} ({role})', en: '{name} ({role})' },
  'app.signOut': { 'es-MX': 'Cerrar sesión', en: 'Sign out' },
  'app.language': { 'es-MX': 'Idioma', en: 'Language' },
  'app.language.switch': { 'es-MX': 'English', en: 'Español' },
  'app.language.switchLabel': { 'es-MX': 'Cambiar a inglés', en: 'Switch to Spanish' },
  'app.role.operator': { 'es-MX': 'operador', en: 'operator' },
  'app.role.lead': { 'es-MX': 'líder de turno', en: 'shift lead' },
  'app.role.trainee': { 'es-MX': 'en práctica', en: 'trainee' },
  'app.role.admin': { 'es-MX': 'administrador', en: 'administrator' },
  'app.panel.caller': { 'es-MX': 'Solicitante', en: 'Caller' },
  'app.panel.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'app.panel.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'app.panel.slots': { 'es-MX': 'Horarios', en: 'Times' },
  'app.panel.booking': { 'es-MX': 'Cita', en: 'Appointment' },
  'app.views': { 'es-MX': 'Vistas de líder de turno', en: 'Shift lead views' },
  'app.view.calls': { 'es-MX': 'Llamadas', en: 'Calls' },
  'app.view.floor': { 'es-MX': 'Piso', en: 'Floor' },
  'app.view.capacity': { 'es-MX': 'Capacidad', en: 'Capacity' },
  'app.view.shifts': { 'es-MX': 'Turnos', en: 'Shifts' },
  'app.shortcuts': { 'es-MX': 'Atajos de teclado', en: 'Keyboard shortcuts' },
});
