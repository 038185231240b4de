import { defineMessages } from '../../i18n/define-messages';

/** Texts of the call feature, Spanish (es-MX) and English side by side. */
export const callsMessages = defineMessages({
  'call.title': { 'es-MX': 'Llamada', en: 'Call' },
  'call.start': { 'es-MX': 'Llamada saliente', en: 'Outbound call' },
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
  'call.line': { 'es-MX': '{number} · {language}', en: '{number} · {language}' },
  'call.outbound': { 'es-MX': 'saliente', en: 'outbound' },
  'call.language.es': { 'es-MX': 'Español', en: 'Spanish' },
  'call.language.en': { 'es-MX': 'Inglés', en: 'English' },
  'call.incoming.title': { 'es-MX': 'Llamada entrante', en: 'Incoming call' },
  'call.incoming.outboundTitle': { 'es-MX': 'Llamada saliente por hacer', en: 'Outbound call to make' },
  'call.incoming.outboundAnnounce': {
    'es-MX': 'Llamada saliente por hacer a {number}, {language}, {queue}. {accept} para llamar.',
    en: 'Outbound call to make to {number}, {language}, {queue}. {accept} to call.',
  },
  'call.incoming.announce': {
    'es-MX': 'Llamada entrante de {number}, {language}, {queue}. {accept} para contestar.',
    en: 'Incoming call from {number}, {language}, {queue}. {accept} to answer.',
  },
  'call.incoming.queue': { 'es-MX': 'Cola {queue}', en: 'Queue {queue}' },
  'call.incoming.otherQueue': { 'es-MX': 'Cola de apoyo', en: 'Overflow queue' },
  'call.incoming.number': { 'es-MX': 'Número', en: 'Number' },
  'call.incoming.language': { 'es-MX': 'Idioma', en: 'Language' },
  'call.incoming.queueLabel': { 'es-MX': 'Cola', en: 'Queue' },
  'call.incoming.timeLeft': { 'es-MX': 'Para contestar', en: 'Time to answer' },
  'call.incoming.timeLeftValue': {
    'es-MX': '{seconds, plural, one {# segundo} other {# segundos}}',
    en: '{seconds, plural, one {# second} other {# seconds}}',
  },
  'call.incoming.matches': {
    'es-MX':
      '{count, plural, =0 {Número sin registro} one {Un solicitante con este número} other {# solicitantes con este número}}',
    en: '{count, plural, =0 {Number not on record} one {One applicant with this number} other {# applicants with this number}}',
  },
  'call.incoming.accept': { 'es-MX': 'Contestar', en: 'Answer' },
  'call.incoming.accepting': { 'es-MX': 'Contestando…', en: 'Answering…' },
  'call.incoming.reject': { 'es-MX': 'Declinar', en: 'Decline' },
  'call.withdrawn.abandoned': {
    'es-MX': 'La persona colgó antes de que contestara.',
    en: 'The caller hung up before you answered.',
  },
  'call.withdrawn.expired': {
    'es-MX':
      'Se acabó el tiempo para contestar: quedó en pausa (llamada perdida). {shortcut} para volver a estar disponible.',
    en: 'Time to answer ran out: you are paused (missed call). {shortcut} to become available again.',
  },
  'call.withdrawn.accepted_elsewhere': {
    'es-MX': 'Contestó esta llamada en otra ventana.',
    en: 'You answered this call in another window.',
  },
  'call.withdrawn.dismiss': { 'es-MX': 'Entendido', en: 'Got it' },
  'call.notify.title': { 'es-MX': 'Llamada entrante', en: 'Incoming call' },
  'call.notify.body': { 'es-MX': '{number} · {language} · {queue}', en: '{number} · {language} · {queue}' },
  'call.closedByServer': {
    'es-MX': 'El sistema cerró la llamada: pasó el tiempo límite para el cierre.',
    en: 'The system closed the call: the wrap-up time limit passed.',
  },
  'call.hungUp': { 'es-MX': 'La persona colgó', en: 'The caller hung up' },
  'call.wrapUp.deadline': {
    'es-MX': 'La persona colgó. Si no cierra la llamada, el sistema la cierra en {time}.',
    en: 'The caller hung up. If you do not wrap up, the system closes the call in {time}.',
  },
});
