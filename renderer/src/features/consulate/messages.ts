import { defineMessages } from '../../i18n/define-messages';

/** Texts of the consulate feature, Spanish (es-MX) and English side by side. */
export const consulateMessages = defineMessages({
  'consulate.search.label': { 'es-MX': 'Buscar consulado', en: 'Find a consulate' },
  'consulate.search.hint': {
    'es-MX':
      'Escriba una clave, una ciudad o el código postal de quien llama (5 dígitos, o A1A en Canadá) y pulse Intro para elegir el primero.',
    en: "Type a code, a city or the caller's ZIP or postal code (5 digits, or A1A in Canada) and press Enter to pick the first one.",
  },
  'consulate.nearest.option': {
    'es-MX': '{distance, number} km — {firstSeat}',
    en: '{distance, number} km — {firstSeat}',
  },
  'consulate.nearest.noSeats': { 'es-MX': 'sin lugares', en: 'no seats' },
  'consulate.nearest.loading': {
    'es-MX': 'Buscando los consulados más cercanos a {postalCode}…',
    en: 'Looking for the consulates nearest to {postalCode}…',
  },
  'consulate.nearest.unknown': {
    'es-MX': 'No encontramos el código postal {postalCode}. Confírmelo con quien llama.',
    en: 'We could not find the postal code {postalCode}. Check it with the caller.',
  },
  'consulate.nearest.noProcedure': {
    'es-MX': 'Elija primero el trámite para buscar por código postal.',
    en: 'Choose the service first to search by postal code.',
  },
  'consulate.nearest.error': {
    'es-MX': 'No se pudo buscar por código postal: {error}',
    en: 'The postal code search failed: {error}',
  },
  'consulate.loading': { 'es-MX': 'Cargando consulados…', en: 'Loading consulates…' },
  'consulate.loadError': {
    'es-MX': 'No se pudieron cargar los consulados: {error}',
    en: 'The consulates could not be loaded: {error}',
  },
  'consulate.option.lastAppointment': { 'es-MX': 'última cita', en: 'last appointment' },
  'consulate.none': { 'es-MX': 'Ningún consulado elegido.', en: 'No consulate chosen.' },
  'consulate.localTime': { 'es-MX': 'Hora local', en: 'Local time' },
  'consulate.clock.zone': {
    'es-MX': '{zoneName} ({abbreviation}) · {timeZone}',
    en: '{zoneName} ({abbreviation}) · {timeZone}',
  },
  'consulate.nextDays': { 'es-MX': 'Próximos días con lugares', en: 'Next days with seats' },
  'consulate.nextDays.short': { 'es-MX': 'Con lugares:', en: 'Seats on:' },
  'consulate.nextDays.chip': { 'es-MX': '{day} · {seats, number}', en: '{day} · {seats, number}' },
  'consulate.nextDays.day': {
    'es-MX': '{day} · {seats, plural, one {# lugar} other {# lugares}}',
    en: '{day} · {seats, plural, one {# seat} other {# seats}}',
  },
  'consulate.nextDays.loading': { 'es-MX': 'Buscando días con lugares…', en: 'Looking for days with seats…' },
  'consulate.nextDays.none': {
    'es-MX': 'Sin lugares en las próximas semanas.',
    en: 'No seats in the coming weeks.',
  },
  'consulate.nextDays.error': {
    'es-MX': 'No se pudo consultar la disponibilidad.',
    en: 'Availability could not be read.',
  },
});
