import { defineMessages } from '../../i18n/define-messages';

/** Texts of the caller feature, Spanish (es-MX) and English side by side. */
export const applicantsMessages = defineMessages({
  'caller.title': { 'es-MX': 'Solicitante', en: 'Caller' },

  // Search
  'caller.search.label': { 'es-MX': 'Buscar solicitante', en: 'Find caller' },
  'caller.search.placeholder': {
    'es-MX': 'CURP, teléfono o nombre y apellidos',
    en: 'CURP, phone, or name and surnames',
  },
  'caller.search.hint': {
    'es-MX': 'Escriba al menos 2 caracteres. ↓ ↑ para moverse, Enter elige.',
    en: 'Type at least 2 characters. ↓ ↑ to move, Enter picks.',
  },
  'caller.search.results': { 'es-MX': 'Coincidencias', en: 'Matches' },
  'caller.search.count': {
    'es-MX': '{count, plural, =0 {Sin coincidencias} one {# coincidencia} other {# coincidencias}}',
    en: '{count, plural, =0 {No matches} one {# match} other {# matches}}',
  },
  'caller.search.more': {
    'es-MX': 'Hay más coincidencias: escriba más datos',
    en: 'More matches: type more',
  },
  'caller.search.searching': { 'es-MX': 'Buscando…', en: 'Searching…' },
  'caller.search.none': {
    'es-MX': 'Sin coincidencias — registre a una persona nueva ({shortcut}).',
    en: 'No matches — register a new applicant ({shortcut}).',
  },
  'caller.search.born': { 'es-MX': 'nac. {date}', en: 'born {date}' },

  // The picked caller
  'caller.card.label': { 'es-MX': 'Solicitante elegido', en: 'Picked caller' },
  'caller.card.curp': { 'es-MX': 'CURP', en: 'CURP' },
  'caller.noCurp.foreign_national': {
    'es-MX': 'Sin CURP (extranjero/a — solo visa)',
    en: 'No CURP (foreign national — visa only)',
  },
  'caller.noCurp.not_yet_registered': {
    'es-MX': 'Sin CURP (menor con registro de nacimiento pendiente)',
    en: 'No CURP (child whose birth registration is pending)',
  },
  'caller.card.birthDate': { 'es-MX': 'Nacimiento', en: 'Born' },
  'caller.card.age': {
    'es-MX': '{age, plural, one {# año} other {# años}}',
    en: '{age, plural, one {# year} other {# years}}',
  },
  'caller.card.phone': { 'es-MX': 'Teléfono', en: 'Phone' },
  'caller.card.noPhone': { 'es-MX': 'sin teléfono', en: 'no phone' },
  'caller.card.email': { 'es-MX': 'Correo', en: 'E-mail' },
  'caller.card.messages': { 'es-MX': 'Avisos', en: 'Messages' },
  'caller.card.messagesIn.en': { 'es-MX': 'En inglés', en: 'In English' },
  'caller.card.change': { 'es-MX': 'Cambiar solicitante', en: 'Change caller' },

  // Register
  'caller.register.open': { 'es-MX': 'Registrar solicitante nuevo', en: 'Register new applicant' },
  'caller.register.short': { 'es-MX': 'Registrar', en: 'Register' },
  'caller.register.title': { 'es-MX': 'Registrar a una persona nueva', en: 'Register a new applicant' },
  'caller.register.curp': { 'es-MX': 'CURP', en: 'CURP' },
  'caller.register.noCurp': { 'es-MX': 'Sin CURP', en: 'No CURP' },
  'caller.register.noCurpReason': { 'es-MX': '¿Por qué no tiene CURP?', en: 'Why is there no CURP?' },
  'caller.register.noCurpReason.foreign_national': {
    'es-MX': 'Extranjero/a — solo visa',
    en: 'Foreign national — visa only',
  },
  'caller.register.noCurpReason.not_yet_registered': {
    'es-MX': 'Menor con registro de nacimiento pendiente',
    en: 'Child whose birth registration is pending',
  },
  'caller.register.phoneCountry': {
    'es-MX': '¿Número de EE. UU./Canadá o de México?',
    en: 'A US/Canadian or a Mexican number?',
  },
  'caller.register.phoneCountry.nanp': { 'es-MX': 'EE. UU./Canadá: {number}', en: 'US/Canada: {number}' },
  'caller.register.phoneCountry.mexico': { 'es-MX': 'México: {number}', en: 'Mexico: {number}' },
  'caller.register.phoneMexican': { 'es-MX': 'Número de México: {number}', en: 'Mexican number: {number}' },
  'caller.register.duplicateWithoutCurp': {
    'es-MX':
      'Ya está registrada una persona sin CURP con esos nombres y esa fecha de nacimiento: búsquela por nombre.',
    en: 'A person without a CURP with these names and birth date is already registered: search for them by name.',
  },
  'caller.register.searchName': { 'es-MX': 'Buscar por nombre', en: 'Search by name' },
  'caller.register.givenNames': { 'es-MX': 'Nombre(s)', en: 'Given names' },
  'caller.register.firstSurname': { 'es-MX': 'Primer apellido', en: 'First surname' },
  'caller.register.secondSurname': {
    'es-MX': 'Segundo apellido (opcional)',
    en: 'Second surname (optional)',
  },
  'caller.register.birthDate': { 'es-MX': 'Fecha de nacimiento', en: 'Birth date' },
  'caller.register.birthDateFromCurp': { 'es-MX': 'Tomada de la CURP.', en: 'Taken from the CURP.' },
  'caller.register.birthDateFormat': {
    'es-MX': 'Día, mes y año: DD/MM/AAAA.',
    en: 'Day, month and year: DD/MM/YYYY.',
  },
  'caller.register.birthDateRead': { 'es-MX': 'Se leyó: {date}.', en: 'Read as: {date}.' },
  'caller.register.phone': { 'es-MX': 'Teléfono (opcional)', en: 'Phone (optional)' },
  'caller.register.email': { 'es-MX': 'Correo electrónico (opcional)', en: 'E-mail (optional)' },
  'caller.register.language': { 'es-MX': 'Idioma de los avisos', en: 'Language for messages' },
  'caller.register.language.es': { 'es-MX': 'Español', en: 'Spanish' },
  'caller.register.language.en': { 'es-MX': 'Inglés', en: 'English' },
  'caller.register.languageFromCall': { 'es-MX': 'Tomado de la llamada.', en: 'Taken from the call.' },
  'caller.register.submit': { 'es-MX': 'Registrar y elegir', en: 'Register and pick' },
  'caller.register.submitting': { 'es-MX': 'Registrando…', en: 'Registering…' },
  'caller.register.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'caller.register.fixErrors': {
    'es-MX': '{count, plural, one {Corrija el dato marcado.} other {Corrija los # datos marcados.}}',
    en: '{count, plural, one {Fix the marked field.} other {Fix the # marked fields.}}',
  },
  'caller.register.searchCurp': { 'es-MX': 'Buscar esa CURP', en: 'Search that CURP' },

  // Field errors (the shared schema's English messages, by field and kind)
  'caller.error.curp': {
    'es-MX': 'La CURP no es válida: revise sus 18 caracteres y el dígito verificador.',
    en: 'The CURP is not valid: check its 18 characters and the check digit.',
  },
  'caller.error.curp.required': {
    'es-MX': 'Escriba la CURP, o marque «Sin CURP» si la persona no tiene.',
    en: 'Type the CURP, or tick "No CURP" if the person has none.',
  },
  'caller.error.curp.layout': {
    'es-MX':
      'La CURP tiene 18 caracteres: 4 letras, 6 dígitos de la fecha, H, M o X, 2 letras del estado, 3 consonantes, una letra o dígito y el dígito verificador.',
    en: 'A CURP has 18 characters: 4 letters, 6 digits of the date, H, M or X, 2 letters of the state, 3 consonants, a letter or digit and the check digit.',
  },
  'caller.error.curp.secondLetter': {
    'es-MX': 'La segunda letra de la CURP es la primera vocal interna del primer apellido, o X.',
    en: 'The second letter of a CURP is the first inner vowel of the first surname, or X.',
  },
  'caller.error.curp.inconvenientWord': {
    'es-MX':
      'Ninguna CURP empieza con esas 4 letras: RENAPO pone X como segunda letra. Revíselas con la persona.',
    en: 'No CURP starts with those 4 letters: RENAPO writes X as the second one. Check them with the caller.',
  },
  'caller.error.curp.birthDate': {
    'es-MX': 'Los caracteres 5 a 10 no son una fecha de nacimiento real.',
    en: 'Characters 5 to 10 are not a real birth date.',
  },
  'caller.error.curp.sex': {
    'es-MX': 'El carácter 11 de la CURP es H, M o X.',
    en: 'Character 11 of a CURP is H, M or X.',
  },
  'caller.error.curp.state': {
    'es-MX': 'Los caracteres 12 y 13 no son una entidad de nacimiento (NE si nació en el extranjero).',
    en: 'Characters 12 and 13 are not a state of birth (NE for born abroad).',
  },
  'caller.error.curp.consonants': {
    'es-MX': 'Los caracteres 14 a 16 son consonantes de los nombres (o X).',
    en: 'Characters 14 to 16 are consonants of the names (or X).',
  },
  'caller.error.noCurpReason': {
    'es-MX': 'Elija por qué la persona no tiene CURP.',
    en: 'Choose why the person has no CURP.',
  },
  'caller.error.name.required': { 'es-MX': 'Este dato es obligatorio.', en: 'This field is required.' },
  'caller.error.name.tooLong': {
    'es-MX': 'Es demasiado largo (máximo 80 caracteres).',
    en: 'It is too long (80 characters at most).',
  },
  'caller.error.name.letters': {
    'es-MX': 'Use solo letras, espacios, apóstrofos y guiones.',
    en: 'Use only letters, spaces, apostrophes and hyphens.',
  },
  'caller.error.birthDate.invalid': {
    'es-MX': 'Escriba una fecha de nacimiento válida.',
    en: 'Enter a valid birth date.',
  },
  'caller.error.birthDate.curpMismatch': {
    'es-MX': 'La fecha de nacimiento no coincide con la CURP.',
    en: 'The birth date does not match the CURP.',
  },
  'caller.error.birthDate.curpCentury': {
    'es-MX':
      'La fecha no coincide con la CURP: su carácter 17 es un dígito para quien nació antes de 2000 y una letra desde 2000.',
    en: 'The date does not match the CURP: its character 17 is a digit for births before 2000 and a letter from 2000.',
  },
  'caller.error.birthDate.format': {
    'es-MX': 'Escriba la fecha como DD/MM/AAAA: día, mes y el año con 4 cifras.',
    en: 'Type the date as DD/MM/YYYY: day, month and the year in 4 digits.',
  },
  'caller.error.birthDate.impossible': {
    'es-MX': 'Esa fecha no existe: revise el día y el mes.',
    en: 'That date does not exist: check the day and the month.',
  },
  'caller.error.birthDate.tooOld': {
    'es-MX': 'Revise el año: la persona tendría más de 120 años.',
    en: 'Check the year: the person would be over 120 years old.',
  },
  'caller.error.birthDate.future': {
    'es-MX': 'La fecha de nacimiento no puede ser futura.',
    en: 'The birth date cannot be in the future.',
  },
  'caller.error.phone': {
    'es-MX': 'El teléfono debe ser de EE. UU. o Canadá (+1) o de México (+52).',
    en: 'The phone must be a US or Canadian (+1) or a Mexican (+52) number.',
  },
  'caller.error.phone.notNanp': {
    'es-MX': 'No es un número de EE. UU. ni de Canadá; si es de México, escriba +52 antes.',
    en: 'Not a US or Canadian number; if it is a Mexican one, type +52 before it.',
  },
  'caller.error.phone.chooseCountry': {
    'es-MX': 'Pregunte si el número es de EE. UU./Canadá o de México, y elíjalo.',
    en: 'Ask whether the number is from the US/Canada or from Mexico, and choose.',
  },
  'caller.error.email': {
    'es-MX': 'El correo electrónico no es válido.',
    en: 'The e-mail address is not valid.',
  },
  'caller.error.invalid': { 'es-MX': 'Revise este dato.', en: 'Check this field.' },

  // Appointments of the caller
  'caller.appointments.title': { 'es-MX': 'Citas', en: 'Appointments' },
  'caller.appointments.loading': { 'es-MX': 'Cargando citas…', en: 'Loading appointments…' },
  'caller.appointments.none': { 'es-MX': 'No tiene citas registradas.', en: 'No appointments on record.' },
  'caller.appointments.when': { 'es-MX': '{date}, {time} ({zone})', en: '{date}, {time} ({zone})' },
  'caller.appointments.code': { 'es-MX': 'Código {code}', en: 'Code {code}' },
  'caller.appointments.status.booked': { 'es-MX': 'Activa', en: 'Active' },
  'caller.appointments.status.closed': {
    'es-MX': 'Consulado cerrado ese día — reagendar',
    en: 'Consulate closed that day — rebook',
  },
  'caller.appointments.closedReason': {
    'es-MX': 'Motivo: {reason}. No confirme esta fecha al solicitante: ofrézcale otra.',
    en: 'Reason: {reason}. Do not confirm this date to the caller: offer another one.',
  },
  'caller.appointments.status.past': { 'es-MX': 'Pasada', en: 'Past' },
  'caller.appointments.status.cancelled': { 'es-MX': 'Cancelada', en: 'Cancelled' },
  'caller.appointments.reschedule': { 'es-MX': 'Reprogramar', en: 'Reschedule' },
  'caller.appointments.rescheduleLabel': {
    'es-MX': 'Reprogramar la cita {code}',
    en: 'Reschedule appointment {code}',
  },
  'caller.appointments.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'caller.appointments.cancelLabel': { 'es-MX': 'Cancelar la cita {code}', en: 'Cancel appointment {code}' },
  'caller.appointments.confirmCancel': {
    'es-MX': '¿Cancelar la cita {code}?',
    en: 'Cancel appointment {code}?',
  },
  'caller.appointments.confirmCancelYes': { 'es-MX': 'Sí, cancelar', en: 'Yes, cancel' },
  'caller.appointments.confirmCancelNo': { 'es-MX': 'No, conservar', en: 'No, keep it' },
  'caller.appointments.confirmCancelKeys': {
    'es-MX': 'Enter cancela la cita · Escape la conserva',
    en: 'Enter cancels it · Escape keeps it',
  },
  'caller.appointments.cancelling': { 'es-MX': 'Cancelando…', en: 'Cancelling…' },
  'caller.appointments.cancelled': {
    'es-MX': 'Cita {code} cancelada; el lugar quedó libre.',
    en: 'Appointment {code} cancelled; the seat is free again.',
  },
  'caller.appointments.dependents': {
    'es-MX':
      '{count, plural, one {Esta cita es previa a otra, que también se cancelará} other {Esta cita es previa a otras, que también se cancelarán}}: {list}.',
    en: '{count, plural, one {Another appointment follows this one and will be cancelled too} other {Other appointments follow this one and will be cancelled too}}: {list}.',
  },
  'caller.appointments.dependentItem': {
    'es-MX': '«{procedure}» {code} del {date}',
    en: '“{procedure}” {code} on {date}',
  },
  'caller.appointments.confirmCancelAll': {
    'es-MX': 'Sí, cancelar {count, plural, one {ambas} other {todas}}',
    en: 'Yes, cancel {count, plural, one {both} other {all}}',
  },
  'caller.appointments.cancelledWithDependents': {
    'es-MX': 'Citas {codes} canceladas; los lugares quedaron libres.',
    en: 'Appointments {codes} cancelled; the seats are free again.',
  },
});
