import { defineMessages } from '../../i18n/define-messages';

/** Texts of the operator's own state and queue, Spanish (es-MX) and English side by side. */
export const operatorStatusMessages = defineMessages({
  'operatorStatus.label': { 'es-MX': 'Su estado', en: 'Your status' },
  'operatorStatus.state.available': { 'es-MX': 'Disponible', en: 'Available' },
  'operatorStatus.state.on_call': { 'es-MX': 'En llamada', en: 'On a call' },
  'operatorStatus.state.wrap_up': { 'es-MX': 'Cierre de llamada', en: 'Wrapping up' },
  'operatorStatus.state.break': { 'es-MX': 'En descanso', en: 'On break' },
  'operatorStatus.state.offline': { 'es-MX': 'Desconectado', en: 'Offline' },
  /** On break because an offered call rang out unanswered: no more calls until they say they are available. */
  'operatorStatus.state.missed': { 'es-MX': 'En pausa: llamada perdida', en: 'Paused: missed call' },
  'operatorStatus.timeInState': { 'es-MX': '{duration} en este estado', en: '{duration} in this state' },
  'operatorStatus.loading': { 'es-MX': 'Cargando su estado…', en: 'Loading your status…' },
  'operatorStatus.unavailable': { 'es-MX': 'Estado no disponible', en: 'Status unavailable' },
  'operatorStatus.pending.break': {
    'es-MX': 'Descanso al terminar esta llamada',
    en: 'Break after this call',
  },
  'operatorStatus.pending.offline': {
    'es-MX': 'Desconexión al terminar esta llamada',
    en: 'Offline after this call',
  },
  'operatorStatus.byLead.break': {
    'es-MX': 'Su líder de turno lo puso en descanso. Para volver, {shortcut} o el botón.',
    en: 'Your shift lead put you on break. To come back, {shortcut} or the button.',
  },
  'operatorStatus.byLead.offline': {
    'es-MX': 'Su líder de turno lo desconectó de las llamadas. Para volver, {shortcut} o el botón.',
    en: 'Your shift lead took you off the phones. To come back, {shortcut} or the button.',
  },
  'operatorStatus.toggle.takeBreak': { 'es-MX': 'Tomar descanso', en: 'Take a break' },
  'operatorStatus.toggle.breakAfterCall': { 'es-MX': 'Descanso al terminar', en: 'Break after the call' },
  'operatorStatus.toggle.backToAvailable': { 'es-MX': 'Volver a disponible', en: 'Back to available' },
  'operatorStatus.toggle.command': { 'es-MX': 'Descanso: tomar o terminar', en: 'Break: take or end' },
  'operatorStatus.toggle.busy': { 'es-MX': 'Enviando…', en: 'Sending…' },
  'operatorStatus.queue.label': { 'es-MX': 'Cola: {queue}', en: 'Queue: {queue}' },
  'operatorStatus.queue.none': { 'es-MX': 'Sin cola asignada', en: 'No queue assigned' },
  'operatorStatus.queue.servesFirst': { 'es-MX': 'atiende primero: {list}', en: 'serves first: {list}' },
  'operatorStatus.queue.pendingMove': {
    'es-MX': 'Cambio de cola al terminar la llamada',
    en: 'Queue change after the call',
  },
  'operatorStatus.notice.title': { 'es-MX': 'Cambio de cola', en: 'Queue change' },
  'operatorStatus.notice.body': {
    'es-MX': 'Su líder de turno lo cambió a la cola {queue}.',
    en: 'Your shift lead moved you to the {queue} queue.',
  },
  'operatorStatus.notice.servesFirst': { 'es-MX': 'Atiende primero: {list}.', en: 'Serves first: {list}.' },
  'operatorStatus.notice.dismiss': { 'es-MX': 'Entendido', en: 'Got it' },
  'operatorStatus.notice.dismissCommand': {
    'es-MX': 'Cerrar el aviso de cambio de cola',
    en: 'Dismiss the queue change notice',
  },
});
