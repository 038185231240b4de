import { defineMessages } from '../../i18n/define-messages';

/** Texts of the day's figures, Spanish (es-MX) and English side by side. */
export const dayFiguresMessages = defineMessages({
  'dayFigures.title': { 'es-MX': 'Cifras del día', en: 'The day in figures' },
  'dayFigures.day': { 'es-MX': '{date}, hora de la Ciudad de México', en: '{date}, Mexico City time' },
  'dayFigures.loading': { 'es-MX': 'Cargando las cifras…', en: 'Loading the figures…' },
  'dayFigures.failed': {
    'es-MX': 'No se pudieron cargar las cifras: {reason}',
    en: 'The figures could not be loaded: {reason}',
  },
  'dayFigures.updated': { 'es-MX': 'Actualizado a las {time}', en: 'Updated at {time}' },
  'dayFigures.totals': { 'es-MX': 'Totales del día', en: 'Day totals' },
  'dayFigures.total.calls': { 'es-MX': 'Llamadas', en: 'Calls' },
  'dayFigures.total.endedCalls': { 'es-MX': 'Terminadas', en: 'Ended' },
  'dayFigures.total.bookings': { 'es-MX': 'Citas agendadas', en: 'Bookings' },
  'dayFigures.total.avgHandle': { 'es-MX': 'Atención media', en: 'Average handle time' },
  'dayFigures.none': { 'es-MX': '—', en: '—' },
  'dayFigures.byHour.title': { 'es-MX': 'Llamadas y citas por hora', en: 'Calls and bookings by hour' },
  'dayFigures.byHour.hour': { 'es-MX': 'Hora', en: 'Hour' },
  'dayFigures.byHour.calls': { 'es-MX': 'Llamadas', en: 'Calls' },
  'dayFigures.byHour.bookings': { 'es-MX': 'Citas', en: 'Bookings' },
  'dayFigures.answered.title': {
    'es-MX': 'Llamadas atendidas y abandonadas por hora',
    en: 'Calls answered and abandoned by hour',
  },
  'dayFigures.answered.summary': {
    'es-MX': '{answered} atendidas, {abandoned} abandonadas; nivel de servicio del día {level}',
    en: '{answered} answered, {abandoned} abandoned; service level today {level}',
  },
  'dayFigures.answered.answered': { 'es-MX': 'Atendidas', en: 'Answered' },
  'dayFigures.answered.abandoned': { 'es-MX': 'Abandonadas', en: 'Abandoned' },
  'dayFigures.serviceLevel.title': {
    'es-MX': 'Nivel de servicio por hora (%)',
    en: 'Service level by hour (%)',
  },
  'dayFigures.serviceLevel.percent': { 'es-MX': 'Nivel de servicio', en: 'Service level' },
  'dayFigures.wrapUp.title': { 'es-MX': 'Resultado de las llamadas', en: 'Call outcomes' },
  'dayFigures.wrapUp.code': { 'es-MX': 'Resultado', en: 'Outcome' },
  'dayFigures.wrapUp.count': { 'es-MX': 'Llamadas', en: 'Calls' },
  'dayFigures.wrapUp.empty': {
    'es-MX': 'Todavía no hay llamadas terminadas hoy.',
    en: 'No calls have ended yet today.',
  },
  'dayFigures.wrapUp.code.booked': { 'es-MX': 'Cita agendada', en: 'Appointment booked' },
  'dayFigures.wrapUp.code.rescheduled': { 'es-MX': 'Cita reprogramada', en: 'Appointment rescheduled' },
  'dayFigures.wrapUp.code.cancelled': { 'es-MX': 'Cita cancelada', en: 'Appointment cancelled' },
  'dayFigures.wrapUp.code.information': { 'es-MX': 'Solo información', en: 'Information only' },
  'dayFigures.wrapUp.code.no_availability': { 'es-MX': 'Sin horarios disponibles', en: 'No times available' },
  'dayFigures.wrapUp.code.caller_declined': { 'es-MX': 'La persona no quiso agendar', en: 'Caller declined' },
  'dayFigures.wrapUp.code.dropped': { 'es-MX': 'Se cortó la llamada', en: 'Call dropped' },
  'dayFigures.wrapUp.code.transferred': { 'es-MX': 'Llamada transferida', en: 'Call transferred' },
});
