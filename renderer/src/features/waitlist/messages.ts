import { defineMessages } from '../../i18n/define-messages';

/** Texts of the waitlist: putting a caller on it, the screen pop of their entries, a lead's view. es-MX and English. */
export const waitlistMessages = defineMessages({
  'waitlist.open': { 'es-MX': 'Poner en lista de espera', en: 'Put on the waitlist' },
  'waitlist.open.hint': {
    'es-MX':
      '¿Ningún horario le sirve? Póngalo en la lista de espera: el primer lugar que se libere se le aparta.',
    en: 'No time suits the caller? Put them on the waitlist: the first seat that frees is held for them.',
  },
  'waitlist.open.blocked': {
    'es-MX': 'Para la lista de espera, elija primero a la persona y el trámite.',
    en: 'For the waitlist, choose the caller and the service first.',
  },

  'waitlist.form.title': { 'es-MX': 'Poner en lista de espera', en: 'Put on the waitlist' },
  'waitlist.form.who': {
    'es-MX': '{name} — {procedure}',
    en: '{name} — {procedure}',
  },
  'waitlist.form.consulates': { 'es-MX': 'Consulados donde le sirve', en: 'Consulates that suit the caller' },
  'waitlist.form.addConsulate': { 'es-MX': 'Agregar otro consulado', en: 'Add another consulate' },
  'waitlist.form.addConsulate.hint': {
    'es-MX': 'Escriba un código o una ciudad y pulse Intro para agregarlo.',
    en: 'Type a code or a city and press Enter to add it.',
  },
  'waitlist.form.remove': { 'es-MX': 'Quitar {consulate}', en: 'Remove {consulate}' },
  'waitlist.form.noConsulate': {
    'es-MX': 'Agregue al menos un consulado.',
    en: 'Add at least one consulate.',
  },
  'waitlist.form.from': { 'es-MX': 'Desde (fecha del consulado)', en: 'From (consulate-local date)' },
  'waitlist.form.to': { 'es-MX': 'Hasta', en: 'Until' },
  'waitlist.form.range.hint': {
    'es-MX': 'De hoy ({today}) a más tardar el {last}, lo que ya se puede publicar.',
    en: 'From today ({today}) until {last} at the latest, as far as seats can be published.',
  },
  'waitlist.form.range.invalid': {
    'es-MX': 'Escriba dos fechas entre {today} y {last}; la primera no puede ser después de la segunda.',
    en: 'Enter two dates between {today} and {last}; the first cannot be after the second.',
  },
  'waitlist.form.submit': { 'es-MX': 'Poner en lista', en: 'Add to the waitlist' },
  'waitlist.form.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'waitlist.form.keys': {
    'es-MX': 'Intro: poner en lista · Esc: cancelar',
    en: 'Enter: add to the waitlist · Esc: cancel',
  },
  'waitlist.created': {
    'es-MX': '{name} quedó en la lista de espera.',
    en: '{name} is on the waitlist.',
  },

  'waitlist.entries.title': { 'es-MX': 'Lista de espera', en: 'Waitlist' },
  'waitlist.entries.loading': { 'es-MX': 'Revisando la lista de espera…', en: 'Checking the waitlist…' },
  'waitlist.entries.error': {
    'es-MX': 'No se pudo leer la lista de espera: {error}',
    en: 'The waitlist could not be read: {error}',
  },
  'waitlist.entry.waiting': {
    'es-MX': 'En lista de espera: {consulates}, {range}',
    en: 'On the waitlist: {consulates}, {range}',
  },
  'waitlist.entry.since': { 'es-MX': 'desde el {date}', en: 'since {date}' },
  'waitlist.entry.offered': {
    'es-MX': 'Lugar apartado para usted: {consulate}, {date} {time} ({zone})',
    en: 'Seat held for the caller: {consulate}, {date} {time} ({zone})',
  },
  'waitlist.entry.expires': {
    'es-MX': 'Vence el {date} a las {time} ({zone}).',
    en: 'Expires on {date} at {time} ({zone}).',
  },
  'waitlist.entry.confirm': { 'es-MX': 'Confirmar cita', en: 'Confirm appointment' },
  'waitlist.entry.release': { 'es-MX': 'Liberar', en: 'Release' },
  'waitlist.entry.releaseLabel': {
    'es-MX': 'Liberar el lugar apartado y quitar de la lista',
    en: 'Release the held seat and leave the waitlist',
  },
  'waitlist.entry.remove': { 'es-MX': 'Quitar de la lista', en: 'Leave the waitlist' },
  'waitlist.entry.removeLabel': {
    'es-MX': 'Quitar de la lista de espera: {consulates}',
    en: 'Leave the waitlist: {consulates}',
  },
  'waitlist.entry.removed': { 'es-MX': 'Se quitó de la lista de espera.', en: 'Taken off the waitlist.' },
  'waitlist.entry.released': {
    'es-MX': 'Se liberó el lugar; pasa a la siguiente persona en espera.',
    en: 'The seat was released; it passes to the next person waiting.',
  },
  'waitlist.command.confirm': {
    'es-MX': 'Confirmar el lugar apartado de la lista de espera',
    en: 'Confirm the seat held from the waitlist',
  },

  'waitlist.status.waiting': { 'es-MX': 'En espera', en: 'Waiting' },
  'waitlist.status.offered': { 'es-MX': 'Lugar apartado', en: 'Seat held' },
  'waitlist.status.booked': { 'es-MX': 'Agendada', en: 'Booked' },
  'waitlist.status.offer_expired': { 'es-MX': 'Apartado vencido', en: 'Offer lapsed' },
  'waitlist.status.expired': { 'es-MX': 'Vencida', en: 'Expired' },
  'waitlist.status.cancelled': { 'es-MX': 'Quitada', en: 'Removed' },

  'waitlist.view.title': { 'es-MX': 'Lista de espera', en: 'Waitlist' },
  'waitlist.view.intro': {
    'es-MX': 'Quién espera un lugar, en el orden en que se le apartará. Solo lectura.',
    en: 'Who is waiting for a seat, in the order seats are held for them. Read-only.',
  },
  'waitlist.summary.caption': {
    'es-MX': 'Listas con personas en espera o lugares apartados',
    en: 'Lists with people waiting or seats held',
  },
  'waitlist.summary.empty': {
    'es-MX': 'Nadie espera un lugar ahora.',
    en: 'Nobody is waiting for a seat now.',
  },
  'waitlist.summary.loading': { 'es-MX': 'Cargando el resumen…', en: 'Loading the summary…' },
  'waitlist.summary.col.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'waitlist.summary.col.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'waitlist.summary.col.waiting': { 'es-MX': 'En espera', en: 'Waiting' },
  'waitlist.summary.col.offered': { 'es-MX': 'Apartados', en: 'Held' },
  'waitlist.summary.col.oldest': { 'es-MX': 'Espera desde', en: 'Waiting since' },
  'waitlist.summary.col.list': { 'es-MX': 'Lista', en: 'List' },
  'waitlist.summary.show': { 'es-MX': 'Ver', en: 'Show' },
  'waitlist.summary.showLabel': {
    'es-MX': 'Ver la lista de {consulate}, {procedure}',
    en: 'Show the list of {consulate}, {procedure}',
  },
  'waitlist.detail.title': {
    'es-MX': 'Lista de un consulado y trámite',
    en: 'One consulate’s list for a service',
  },
  'waitlist.view.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'waitlist.view.consulate.hint': {
    'es-MX': 'Escriba un código o una ciudad y pulse Intro.',
    en: 'Type a code or a city and press Enter.',
  },
  'waitlist.view.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'waitlist.view.status': { 'es-MX': 'Estado', en: 'Status' },
  'waitlist.view.status.active': { 'es-MX': 'En espera y apartados', en: 'Waiting and held' },
  'waitlist.view.none': {
    'es-MX': 'Elija un consulado para ver su lista de espera.',
    en: 'Choose a consulate to see its waitlist.',
  },
  'waitlist.view.empty': {
    'es-MX': 'Nadie en esta lista.',
    en: 'Nobody on this list.',
  },
  'waitlist.view.summary': {
    'es-MX':
      '{waiting, plural, one {# en espera} other {# en espera}} · {offered, plural, one {# lugar apartado} other {# lugares apartados}}',
    en: '{waiting} waiting · {offered, plural, one {# seat held} other {# seats held}}',
  },
  'waitlist.view.oldest': {
    'es-MX': 'Espera más antigua: desde el {date}.',
    en: 'Oldest wait: since {date}.',
  },
  'waitlist.view.caption': {
    'es-MX': 'Lista de espera de {consulate}, {procedure}',
    en: 'Waitlist of {consulate}, {procedure}',
  },
  'waitlist.view.col.order': { 'es-MX': 'Orden', en: 'Order' },
  'waitlist.view.col.since': { 'es-MX': 'En lista desde', en: 'Waiting since' },
  'waitlist.view.col.range': { 'es-MX': 'Fechas', en: 'Dates' },
  'waitlist.view.col.consulates': { 'es-MX': 'Consulados', en: 'Consulates' },
  'waitlist.view.col.status': { 'es-MX': 'Estado', en: 'Status' },
  'waitlist.view.col.seat': { 'es-MX': 'Lugar apartado', en: 'Seat held' },
  'waitlist.view.loading': { 'es-MX': 'Cargando la lista…', en: 'Loading the list…' },
  'waitlist.view.error': {
    'es-MX': 'No se pudo leer la lista: {error}',
    en: 'The list could not be read: {error}',
  },
});
