import { defineMessages } from '../../i18n/define-messages';

/** Texts of the slots feature, Spanish (es-MX) and English side by side. */
export const slotsMessages = defineMessages({
  'slots.title': { 'es-MX': 'Horarios disponibles', en: 'Available times' },
  'slots.gridLabel': { 'es-MX': 'Horarios de {consulate}', en: 'Times at {consulate}' },
  'slots.zone': {
    'es-MX': 'Horas de {consulate} · {zone} ({abbreviation})',
    en: '{consulate} times · {zone} ({abbreviation})',
  },
  'slots.onlyOpenDays': {
    'es-MX': 'Solo se muestran los días con horarios.',
    en: 'Only days with times are shown.',
  },
  'slots.howTo': {
    'es-MX': 'Flechas para moverse; Enter o {shortcut} para apartar.',
    en: 'Arrow keys to move; Enter or {shortcut} to hold.',
  },
  'slots.noConsulate': {
    'es-MX': 'Elija un consulado ({shortcut}) para ver sus horarios.',
    en: 'Choose a consulate ({shortcut}) to see its times.',
  },
  'slots.loading': { 'es-MX': 'Cargando horarios…', en: 'Loading times…' },
  'slots.empty': {
    'es-MX': 'Este consulado no tiene horarios en los próximos {days} días.',
    en: 'This consulate has no times in the next {days} days.',
  },
  'slots.dayColumn': { 'es-MX': 'Día', en: 'Day' },
  'slots.cell.seats': {
    'es-MX': '{date}, {time}: {seats, plural, one {# lugar libre} other {# lugares libres}}',
    en: '{date}, {time}: {seats, plural, one {# seat free} other {# seats free}}',
  },
  'slots.cell.full': { 'es-MX': '{date}, {time}: sin lugares', en: '{date}, {time}: full' },
  'slots.cell.none': { 'es-MX': '{date}, {time}: sin horario', en: '{date}, {time}: no appointment time' },
  'slots.cell.past': { 'es-MX': '{date}, {time}: ya pasó', en: '{date}, {time}: already passed' },
  'slots.cell.soon': {
    'es-MX': '{date}, {time}: ya no se puede agendar (se agenda hasta {minutes} minutos antes)',
    en: '{date}, {time}: too soon to book (booking closes {minutes} minutes before)',
  },
  'slots.hold': { 'es-MX': 'Apartar el horario elegido', en: 'Hold the chosen time' },
  'slots.holdButton': { 'es-MX': 'Apartar {date}, {time}', en: 'Hold {date}, {time}' },
  'slots.holdNothing': { 'es-MX': 'Apartar', en: 'Hold' },
  'slots.holding': { 'es-MX': 'Apartando…', en: 'Holding…' },
  'slots.blocked.noCaller': {
    'es-MX': 'Para apartar, primero elija al solicitante ({shortcut}).',
    en: 'To hold a seat, first choose the caller ({shortcut}).',
  },
  'slots.blocked.noProcedure': {
    'es-MX': 'Para apartar, elija el trámite ({shortcut}).',
    en: 'To hold a seat, choose the service ({shortcut}).',
  },
  'slots.blocked.offline': {
    'es-MX': 'Sin conexión en vivo: no se puede apartar hasta reconectar.',
    en: 'No live connection: seats cannot be held until it reconnects.',
  },
  'slots.blocked.noSeats': {
    'es-MX': 'Ese horario no tiene lugares libres.',
    en: 'That time has no free seats.',
  },
  'slots.blocked.past': {
    'es-MX': 'Ese horario ya empezó: elija uno posterior.',
    en: 'That time has already started: pick a later one.',
  },
  'slots.blocked.soon': {
    'es-MX':
      'Ese horario empieza en menos de {minutes} minutos: el consulado ya no lo agenda. Elija uno posterior.',
    en: 'That time starts in less than {minutes} minutes: the consulate no longer books it. Pick a later one.',
  },
  'slots.filledLive': {
    'es-MX': 'El horario de las {time} del {date} se acaba de llenar.',
    en: 'The {time} time on {date} just filled up.',
  },
  'slots.reschedule.banner': {
    'es-MX': 'Reprogramando la cita {code}',
    en: 'Rescheduling appointment {code}',
  },
  'slots.reschedule.bannerNoCode': { 'es-MX': 'Reprogramando una cita', en: 'Rescheduling an appointment' },
  'slots.reschedule.cancel': { 'es-MX': 'Cancelar reprogramación', en: 'Cancel rescheduling' },
});
