import { defineMessages } from '../../i18n/define-messages';

/** Texts of "Consultas": who looked at an applicant's record (leads and admins), es-MX and English. */
export const recordReadsMessages = defineMessages({
  'reads.open': { 'es-MX': 'Consultas', en: 'Record views' },
  'reads.openFor': {
    'es-MX': '(quién vio el registro de {name})',
    en: '(who looked at {name}’s record)',
  },
  'reads.title': { 'es-MX': 'Quién consultó a {name}', en: 'Who looked at {name}' },
  'reads.intro': {
    'es-MX':
      'Cada búsqueda que mostró a esta persona, cada vez que se abrió su registro o apareció al contestar una llamada, y cada consulta de esta lista, de la más reciente a la más antigua. Esta consulta también queda registrada.',
    en: 'Every search that listed this person, every time their record was opened or popped up on an answered call, and every look at this list, newest first. This look is recorded too.',
  },
  'reads.caption': {
    'es-MX': 'Consultas del registro, de la más reciente a la más antigua ({zone})',
    en: 'Views of the record, newest first ({zone})',
  },
  'reads.col.when': { 'es-MX': 'Fecha y hora', en: 'Date and time' },
  'reads.col.who': { 'es-MX': 'Quién', en: 'Who' },
  'reads.col.call': { 'es-MX': 'Llamada', en: 'Call' },
  'reads.col.what': { 'es-MX': 'Qué vio', en: 'What' },
  'reads.kind.search': { 'es-MX': 'Resultado de búsqueda', en: 'Search result' },
  'reads.kind.record': { 'es-MX': 'Registro abierto', en: 'Record opened' },
  'reads.kind.screen_pop': { 'es-MX': 'Al contestar la llamada', en: 'Screen pop on a call' },
  'reads.kind.reads_listing': { 'es-MX': 'Esta lista de consultas', en: 'This list of views' },
  'reads.noCall': { 'es-MX': 'Sin llamada', en: 'No call' },
  'reads.practice': { 'es-MX': 'práctica', en: 'practice' },
  'reads.loading': { 'es-MX': 'Cargando consultas…', en: 'Loading record views…' },
  'reads.error': {
    'es-MX': 'No se pudieron leer las consultas: {error}',
    en: 'The record views could not be read: {error}',
  },
  'reads.more': { 'es-MX': 'Cargar más antiguas', en: 'Load older ones' },
  'reads.loadingMore': { 'es-MX': 'Cargando…', en: 'Loading…' },
  'reads.close': { 'es-MX': 'Cerrar', en: 'Close' },
  'reads.keys': {
    'es-MX': 'Esc cierra · Tab recorre la lista y los botones',
    en: 'Esc closes · Tab moves through the list and the buttons',
  },
});
