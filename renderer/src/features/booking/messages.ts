import { defineMessages } from '../../i18n/define-messages';

/** Texts of the booking feature, Spanish (es-MX) and English side by side. */
export const bookingMessages = defineMessages({
  'booking.title': { 'es-MX': 'Cita', en: 'Appointment' },
  'booking.steps.heading': { 'es-MX': 'Pasos para agendar', en: 'Steps to book' },
  'booking.steps.caller': { 'es-MX': 'Busque o registre al solicitante', en: 'Find or register the caller' },
  'booking.steps.procedure': { 'es-MX': 'Elija el trámite', en: 'Choose the service' },
  'booking.steps.consulate': { 'es-MX': 'Elija el consulado', en: 'Choose the consulate' },
  'booking.steps.slot': {
    'es-MX': 'Elija un horario y apártelo con Enter',
    en: 'Pick a time and hold it with Enter',
  },
  'booking.steps.confirm': {
    'es-MX': 'Confirme y lea la cita al solicitante',
    en: 'Confirm and read the appointment to the caller',
  },
  'booking.expired': {
    'es-MX': 'El apartado venció y el lugar puede estar ocupado. Aparte un horario de nuevo.',
    en: 'The hold expired and the seat may be taken. Hold a time again.',
  },
  'booking.held.heading': { 'es-MX': 'Lugar apartado', en: 'Seat on hold' },
  'booking.summary.caller': { 'es-MX': 'Solicitante', en: 'Caller' },
  'booking.summary.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'booking.summary.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'booking.summary.when': { 'es-MX': 'Fecha y hora', en: 'Date and time' },
  'booking.place': { 'es-MX': '{name} ({city}, {region})', en: '{name} ({city}, {region})' },
  'booking.when': { 'es-MX': '{dateTime}, {zone}', en: '{dateTime}, {zone}' },
  'booking.countdown.label': { 'es-MX': 'Tiempo del apartado', en: 'Hold time left' },
  'booking.warning': {
    'es-MX': 'El apartado está por vencer. Confirme ({confirm}) o extienda ({extend}).',
    en: 'The hold is about to expire. Confirm ({confirm}) or extend it ({extend}).',
  },
  'booking.notify.title': { 'es-MX': 'El apartado está por vencer', en: 'The hold is about to expire' },
  'booking.notify.body': {
    'es-MX': 'Quedan {time} para confirmar la cita.',
    en: '{time} left to confirm the appointment.',
  },
  'booking.confirm': { 'es-MX': 'Confirmar cita', en: 'Confirm appointment' },
  'booking.confirming': { 'es-MX': 'Confirmando…', en: 'Confirming…' },
  'booking.retrying': {
    'es-MX': 'Sin respuesta del servidor; reintentando ({retry} de {of})…',
    en: 'No answer from the server; retrying ({retry} of {of})…',
  },
  'booking.extend': { 'es-MX': 'Extender', en: 'Extend' },
  'booking.release': { 'es-MX': 'Liberar', en: 'Release' },
  'booking.command.extend': { 'es-MX': 'Extender el apartado', en: 'Extend the hold' },
  'booking.command.release': { 'es-MX': 'Liberar el lugar apartado', en: 'Release the held seat' },
  'booking.offline': {
    'es-MX': 'Sin conexión en vivo: no se puede confirmar ni extender hasta reconectar.',
    en: 'No live connection: the hold cannot be confirmed or extended until it reconnects.',
  },
  'booking.readback.heading': {
    'es-MX': 'Cita confirmada: léala al solicitante',
    en: 'Appointment confirmed: read it to the caller',
  },
  'booking.readback.closedHeading': {
    'es-MX': 'Consulado cerrado ese día — reagendar',
    en: 'Consulate closed that day — rebook',
  },
  'booking.readback.closure': {
    'es-MX':
      'El consulado no atenderá ese día ({reason}). No lea esta fecha al solicitante: reagende la cita.',
    en: 'The consulate will not open that day ({reason}). Do not read this date to the caller: rebook the appointment.',
  },
  'booking.readback.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'booking.readback.place': { 'es-MX': 'Lugar', en: 'Place' },
  'booking.readback.when': { 'es-MX': 'Fecha y hora', en: 'Date and time' },
  'booking.readback.code': { 'es-MX': 'Código de confirmación', en: 'Confirmation code' },
  'booking.readback.spelled': { 'es-MX': 'Deletreado', en: 'Spelled out' },
  'booking.readback.address': { 'es-MX': 'Dirección', en: 'Address' },
  'booking.readback.addressUnknown': {
    'es-MX': 'Sin dirección registrada: consúltela en la página del consulado.',
    en: 'No address on record: look it up on the consulate’s page.',
  },
  'booking.readback.bring': { 'es-MX': 'Qué llevar', en: 'What to bring' },
  'booking.readback.bringNothing': {
    'es-MX': 'Ningún documento en particular.',
    en: 'No particular document.',
  },
  'booking.readback.fee': { 'es-MX': 'Costo el {date}', en: 'Fee on {date}' },
  'booking.readback.feeLoading': { 'es-MX': 'Consultando el costo…', en: 'Looking up the fee…' },
  'booking.readback.feeError': {
    'es-MX': 'No se pudo consultar el costo: confírmelo con el consulado.',
    en: 'The fee could not be looked up: confirm it with the consulate.',
  },
  'booking.readback.feeNone': { 'es-MX': 'Sin costo.', en: 'No fee.' },
  'booking.readback.feeFree': { 'es-MX': 'gratuito', en: 'free' },
  'booking.readback.feeUnknown': {
    'es-MX': 'monto aún no publicado: confírmelo con el consulado',
    en: 'amount not yet published: confirm it with the consulate',
  },
  'booking.print': { 'es-MX': 'Imprimir confirmación', en: 'Print confirmation' },
  'booking.print.saved': { 'es-MX': 'Confirmación guardada en {path}.', en: 'Confirmation saved to {path}.' },
  'booking.print.sent': { 'es-MX': 'Confirmación enviada a imprimir.', en: 'Confirmation sent to print.' },
  'booking.print.failed': {
    'es-MX': 'No se pudo imprimir la confirmación.',
    en: 'The confirmation could not be printed.',
  },
  'booking.endCall': {
    'es-MX': 'Para terminar, cierre la llamada con {shortcut}.',
    en: 'To finish, end the call with {shortcut}.',
  },
});
