import { defineMessages } from '../../i18n/define-messages';

/** Texts of the call feature, Spanish (es-MX) and English side by side. */
export const callsMessages = defineMessages({
  'call.title': { 'es-MX': 'Llamada', en: 'Call' },
  'call.start': { 'es-MX': 'Iniciar llamada', en: 'Start call' },
  'call.starting': { 'es-MX': 'Iniciando…', en: 'Starting…' },
  'call.end': { 'es-MX': 'Terminar llamada', en: 'End call' },
  'call.timer.label': { 'es-MX': 'Duración de la llamada: {duration}', en: 'Call duration: {duration}' },
  'call.onCall': { 'es-MX': 'En llamada', en: 'On a call' },
  'call.caller': { 'es-MX': 'con {name}', en: 'with {name}' },
  'call.callerUnknown': { 'es-MX': 'solicitante sin identificar', en: 'caller not identified yet' },
  'call.logged': { 'es-MX': 'Llamada registrada, {duration}.', en: 'Call logged, {duration}.' },
  'call.wrapUp.title': { 'es-MX': 'Cerrar la llamada', en: 'Wrap up the call' },
  'call.wrapUp.outcome': { 'es-MX': 'Resultado de la llamada', en: 'Call outcome' },
  'call.wrapUp.code.booked': { 'es-MX': 'Cita agendada', en: 'Appointment booked' },
  'call.wrapUp.code.rescheduled': { 'es-MX': 'Cita reprogramada', en: 'Appointment rescheduled' },
  'call.wrapUp.code.cancelled': { 'es-MX': 'Cita cancelada', en: 'Appointment cancelled' },
  'call.wrapUp.code.information': { 'es-MX': 'Solo información', en: 'Information only' },
  'call.wrapUp.code.no_availability': { 'es-MX': 'Sin horarios disponibles', en: 'No times available' },
  'call.wrapUp.code.caller_declined': { 'es-MX': 'La persona no quiso agendar', en: 'Caller declined' },
  'call.wrapUp.code.dropped': { 'es-MX': 'Se cortó la llamada', en: 'Call dropped' },
  'call.wrapUp.code.transferred': { 'es-MX': 'Llamada transferida', en: 'Call transferred' },
  'call.wrapUp.needsAppointment': {
    'es-MX': 'Solo si se agendó una cita en esta llamada.',
    en: 'Only when an appointment was booked during this call.',
  },
  'call.wrapUp.note': { 'es-MX': 'Nota (opcional)', en: 'Note (optional)' },
  'call.wrapUp.holdWarning': {
    'es-MX': 'Hay un lugar apartado sin confirmar: se liberará al terminar la llamada.',
    en: 'A seat is still on hold, not confirmed: it will be released when the call ends.',
  },
  'call.wrapUp.confirm': { 'es-MX': 'Terminar y registrar', en: 'End and log' },
  'call.wrapUp.ending': { 'es-MX': 'Registrando…', en: 'Logging…' },
  'call.wrapUp.cancel': { 'es-MX': 'Volver a la llamada', en: 'Back to the call' },
  'call.wrapUp.keys': { 'es-MX': 'Enter termina · Escape vuelve', en: 'Enter ends · Escape goes back' },
});
