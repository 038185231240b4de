import { defineMessages } from './define-messages';

/**
 * What the operator calls each request field the server can refuse (400 invalid_request names
 * them as `body.birthDate`, `query.date`, `body.shifts.0.start`…): the last name in the path.
 */
export const fieldMessages = defineMessages({
  'field.curp': { 'es-MX': 'CURP', en: 'CURP' },
  'field.noCurpReason': { 'es-MX': 'motivo de no tener CURP', en: 'reason for having no CURP' },
  'field.givenNames': { 'es-MX': 'nombre(s)', en: 'given names' },
  'field.firstSurname': { 'es-MX': 'primer apellido', en: 'first surname' },
  'field.secondSurname': { 'es-MX': 'segundo apellido', en: 'second surname' },
  'field.birthDate': { 'es-MX': 'fecha de nacimiento', en: 'date of birth' },
  'field.phone': { 'es-MX': 'teléfono', en: 'phone' },
  'field.email': { 'es-MX': 'correo electrónico', en: 'e-mail' },
  'field.username': { 'es-MX': 'usuario', en: 'username' },
  'field.password': { 'es-MX': 'contraseña', en: 'password' },
  'field.q': { 'es-MX': 'búsqueda', en: 'search' },
  'field.date': { 'es-MX': 'fecha', en: 'date' },
  'field.from': { 'es-MX': 'fecha de inicio', en: 'start date' },
  'field.to': { 'es-MX': 'fecha final', en: 'end date' },
  'field.capacity': { 'es-MX': 'lugares', en: 'seats' },
  'field.reason': { 'es-MX': 'motivo', en: 'reason' },
  'field.note': { 'es-MX': 'nota', en: 'note' },
  'field.wrapUpCode': { 'es-MX': 'cierre de la llamada', en: 'call wrap-up' },
  'field.shifts': { 'es-MX': 'turnos', en: 'shifts' },
  'field.weekday': { 'es-MX': 'día de la semana', en: 'weekday' },
  'field.start': { 'es-MX': 'hora de inicio', en: 'start time' },
  'field.end': { 'es-MX': 'hora de fin', en: 'end time' },
  'field.slotId': { 'es-MX': 'horario', en: 'time slot' },
  'field.applicantId': { 'es-MX': 'solicitante', en: 'applicant' },
  'field.procedureId': { 'es-MX': 'trámite', en: 'service' },
  'field.consulateId': { 'es-MX': 'consulado', en: 'consulate' },
  'field.consulateIds': { 'es-MX': 'consulados', en: 'consulates' },
  'field.appointmentId': { 'es-MX': 'cita', en: 'appointment' },
  'field.state': { 'es-MX': 'estado', en: 'status' },
  'field.serviceLevelTarget': { 'es-MX': 'meta de nivel de servicio', en: 'service level target' },
  'field.serviceLevelSeconds': { 'es-MX': 'segundos del nivel de servicio', en: 'service level seconds' },
  'field.scenarioId': { 'es-MX': 'escenario', en: 'scenario' },
});
