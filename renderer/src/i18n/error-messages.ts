import { errorCodes } from '../../../shared/api/errors';
import { defineMessages } from './define-messages';

/** What the operator reads when a request fails, by the API's stable error code. */
export const errorMessages = defineMessages({
  'error.invalid_request': {
    'es-MX': 'El servidor no aceptó los datos. Revíselos e intente de nuevo.',
    en: 'The server did not accept the data. Check them and try again.',
  },
  'error.invalid_request.fields': {
    'es-MX': 'El servidor no aceptó los datos. Revise: {fields}.',
    en: 'The server did not accept the data. Check: {fields}.',
  },
  'error.unauthenticated': {
    'es-MX': 'Su sesión terminó. Vuelva a iniciar sesión.',
    en: 'Your session ended. Please sign in again.',
  },
  'error.invalid_credentials': {
    'es-MX': 'Usuario o contraseña incorrectos.',
    en: 'Wrong username or password.',
  },
  'error.forbidden': {
    'es-MX': 'Su perfil no permite esta acción.',
    en: 'Your role does not allow this action.',
  },
  'error.not_found': {
    'es-MX': 'No se encontró el registro; puede haber cambiado. Actualice e intente de nuevo.',
    en: 'The record was not found; it may have changed. Refresh and try again.',
  },
  'error.duplicate_waitlist_entry': {
    'es-MX': 'Esta persona ya está en la lista de espera para este trámite. Consulte su lugar en la lista.',
    en: 'This person is already on the waitlist for this service. Check their place on the list.',
  },
  'error.slot_full': {
    'es-MX': 'Ese horario ya no tiene lugares. Elija otro.',
    en: 'That time has no seats left. Pick another.',
  },
  'error.hold_expired': {
    'es-MX': 'La reservación temporal venció. Aparte el lugar de nuevo.',
    en: 'The hold expired. Hold the seat again.',
  },
  'error.duplicate_appointment': {
    'es-MX': 'La persona ya tiene una cita activa para este trámite.',
    en: 'This person already has an active appointment for this service.',
  },
  'error.duplicate_applicant': {
    'es-MX': 'Ya existe una persona registrada con esa CURP.',
    en: 'A person with that CURP is already registered.',
  },
  'error.idempotency_key_reused': {
    'es-MX': 'Este intento ya se usó con otros datos. Confirme de nuevo.',
    en: 'This attempt was already used with other data. Confirm again.',
  },
  'error.capacity_below_booked': {
    'es-MX': 'La capacidad no puede ser menor que las citas ya agendadas.',
    en: 'Capacity cannot be below the appointments already booked.',
  },
  'error.day_closed': {
    'es-MX': 'El consulado está cerrado ese día.',
    en: 'The consulate is closed that day.',
  },
  'error.prerequisite_missing': {
    'es-MX': 'Primero debe agendarse el trámite previo requerido.',
    en: 'The required earlier service must be booked first.',
  },
  'error.prerequisite_missing.tooSoon': {
    'es-MX':
      'La cita previa requerida ({code}) es el {date} en este consulado: esta cita puede agendarse a partir del {firstAllowed} (al menos {gap, plural, one {# día} other {# días}} después).',
    en: 'The required earlier appointment ({code}) is on {date} at this consulate: this one can be booked from {firstAllowed} on (at least {gap, plural, one {# day} other {# days}} later).',
  },
  'error.prerequisite_missing.elsewhere': {
    'es-MX':
      'La cita previa requerida ({code}, {date}) es en el consulado {consulate}: esta cita debe ser en el mismo consulado.',
    en: 'The required earlier appointment ({code}, {date}) is at consulate {consulate}: this one must be at the same consulate.',
  },
  'error.prerequisite_missing.breaks': {
    'es-MX': 'Ese cambio dejaría sin su cita previa a la cita {codes}: muévala o cancélela primero.',
    en: 'That change would leave appointment {codes} without its earlier appointment: move or cancel it first.',
  },
  'error.appointment_not_active': {
    'es-MX': 'Esa cita ya no está activa.',
    en: 'That appointment is no longer active.',
  },
  'error.not_eligible': {
    'es-MX': 'La persona no puede tener este trámite en esa fecha.',
    en: 'This person cannot have this service on that date.',
  },
  'error.slot_in_past': {
    'es-MX': 'Ese horario ya empezó. Elija uno posterior.',
    en: 'That time has already started. Pick a later one.',
  },
  'error.slot_too_soon': {
    'es-MX': 'Ese horario empieza muy pronto para agendarlo. Elija uno posterior.',
    en: 'That time starts too soon to book. Pick a later one.',
  },
  'error.dependent_appointment': {
    'es-MX': 'Otra cita depende de esta: cancélela o muévala primero.',
    en: 'Another appointment depends on this one: cancel or move it first.',
  },
  'error.day_not_closed': { 'es-MX': 'Ese día no está cerrado.', en: 'That day is not closed.' },
  'error.hold_limit_reached': {
    'es-MX': 'Tiene demasiados lugares apartados. Libere alguno.',
    en: 'You hold too many seats. Release one.',
  },
  'error.offer_expired': {
    'es-MX': 'Esa llamada ya no está disponible: se venció el tiempo para contestar o el solicitante colgó.',
    en: 'That call is no longer available: the time to answer ran out or the caller hung up.',
  },
  'error.operator_busy': {
    'es-MX': 'Ya tiene una llamada en curso. Termínela antes de tomar otra.',
    en: 'You already have a call in progress. Finish it before taking another.',
  },
  'error.call_already_ended': {
    'es-MX': 'Esta llamada ya terminó. Inicie una nueva para el siguiente solicitante.',
    en: 'This call has already ended. Start a new call for the next caller.',
  },
  'error.state_not_allowed': {
    'es-MX':
      'Ese cambio de estado no es posible ahora (por ejemplo, durante una llamada). Termine la llamada e inténtelo de nuevo.',
    en: 'That state change is not possible now (for example, during a call). End the call and try again.',
  },
  'error.practice_run_finished': {
    'es-MX': 'Esta práctica ya terminó y tiene su calificación. Inicie otra para volver a practicar.',
    en: 'This practice run has already finished and been scored. Start another one to practise again.',
  },
  'error.erasure_refused': {
    'es-MX':
      'Los datos de esta persona no se pueden borrar todavía: todavía se usan para un servicio en curso.',
    en: "This person's data cannot be erased yet: it is still in use for a service under way.",
  },
  'error.payload_too_large': {
    'es-MX': 'Los datos enviados son demasiado grandes.',
    en: 'The data sent is too large.',
  },
  'error.unsupported_media_type': {
    'es-MX': 'El servidor no entiende el formato de los datos enviados.',
    en: 'The server does not understand the format of the data sent.',
  },
  'error.uri_too_long': {
    'es-MX': 'La dirección de la solicitud es demasiado larga.',
    en: 'The request address is too long.',
  },
  'error.headers_too_large': {
    'es-MX': 'La solicitud lleva demasiados datos de encabezado.',
    en: 'The request carries too much header data.',
  },
  'error.request_timeout': {
    'es-MX': 'La solicitud tardó demasiado en llegar al servidor. Intente de nuevo.',
    en: 'The request took too long to reach the server. Try again.',
  },
  'error.rate_limited': {
    'es-MX': 'Demasiados intentos seguidos. Espere un momento.',
    en: 'Too many attempts in a row. Wait a moment.',
  },
  'error.internal_error': {
    'es-MX': 'El servidor tuvo un problema. Intente de nuevo.',
    en: 'The server had a problem. Try again.',
  },
  'error.service_unavailable': {
    'es-MX':
      'El servicio perdió la base de datos por un momento. Intente de nuevo en unos segundos; repetir el paso no duplica nada.',
    en: 'The service lost its database for a moment. Try again in a few seconds; repeating the step duplicates nothing.',
  },
  'error.network': {
    'es-MX': 'Sin conexión con el servidor. Se reintentará al reconectar.',
    en: 'No connection to the server. It will retry on reconnect.',
  },
  'error.unrecognized': {
    'es-MX':
      'El servidor no pudo hacer lo que pidió. Intente de nuevo; si se repite, avise a su supervisor(a).',
    en: 'The server could not do what you asked. Try again; if it happens again, tell your lead.',
  },
  'error.bad_response': {
    'es-MX': 'Respuesta inesperada del servidor.',
    en: 'Unexpected answer from the server.',
  },
});

// Every API error code has a text (checked at compile time).
type Covered = keyof typeof errorMessages extends `error.${infer C}` ? C : never;
const _everyCode: readonly Covered[] = errorCodes satisfies readonly Covered[];
void _everyCode;
