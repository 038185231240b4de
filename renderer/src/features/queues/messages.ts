import { defineMessages } from '../../i18n/define-messages';

/** Texts of the queue load, Spanish (es-MX) and English side by side. */
export const queuesMessages = defineMessages({
  'queues.title': { 'es-MX': 'Carga por cola', en: 'Queue load' },
  'queues.loading': { 'es-MX': 'Cargando las colas…', en: 'Loading the queues…' },
  'queues.failed': {
    'es-MX': 'No se pudieron cargar las colas: {reason}',
    en: 'The queues could not be loaded: {reason}',
  },
  'queues.empty': { 'es-MX': 'No hay colas configuradas.', en: 'No queues are set up.' },
  'queues.tableLabel': {
    'es-MX': 'Operadores y llamadas de cada cola',
    en: 'Operators and calls of each queue',
  },
  'queues.col.queue': { 'es-MX': 'Cola', en: 'Queue' },
  'queues.col.members': { 'es-MX': 'Operadores', en: 'Operators' },
  'queues.col.mix': { 'es-MX': 'Reparto', en: 'Mix' },
  'queues.col.available': { 'es-MX': 'Disponibles', en: 'Available' },
  'queues.col.onCall': { 'es-MX': 'En llamada', en: 'On a call' },
  'queues.col.wrapUp': { 'es-MX': 'En cierre', en: 'Wrapping up' },
  'queues.col.onBreak': { 'es-MX': 'En descanso', en: 'On break' },
  'queues.col.offline': { 'es-MX': 'Desconectados', en: 'Offline' },
  'queues.col.callsToday': { 'es-MX': 'Llamadas hoy', en: 'Calls today' },
  'queues.col.callsLastHour': { 'es-MX': 'Última hora', en: 'Last hour' },
  'queues.kind.region': { 'es-MX': 'región', en: 'region' },
  'queues.kind.procedure_family': { 'es-MX': 'trámites', en: 'services' },
  'queues.legend': { 'es-MX': 'Colores del reparto', en: 'Mix colours' },
});
