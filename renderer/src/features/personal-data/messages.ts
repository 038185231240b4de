import { defineMessages } from '../../i18n/define-messages';

/** Texts of an administrator's personal-data actions on an applicant's record, es-MX and English. */
export const personalDataMessages = defineMessages({
  'personalData.heading': { 'es-MX': 'Datos personales', en: 'Personal data' },
  'personalData.export': { 'es-MX': 'Exportar datos', en: 'Export data' },
  'personalData.exportLabel': {
    'es-MX': 'Exportar datos: todo lo que se guarda de {name} (archivo JSON)',
    en: 'Export data: all that is held about {name} (JSON file)',
  },
  'personalData.exporting': { 'es-MX': 'Exportando…', en: 'Exporting…' },
  'personalData.exported': {
    'es-MX': 'Datos exportados: {file}. La exportación quedó registrada.',
    en: 'Data exported: {file}. The export was recorded.',
  },
  'personalData.exportFailed': {
    'es-MX': 'No se pudieron exportar los datos: {error}',
    en: 'The data could not be exported: {error}',
  },
  'personalData.erase': { 'es-MX': 'Borrar datos', en: 'Erase data' },
  'personalData.eraseLabel': {
    'es-MX': 'Borrar datos personales de {name}',
    en: 'Erase data: the personal data of {name}',
  },
  'personalData.eraseTitle': { 'es-MX': 'Borrar los datos de {name}', en: 'Erase the data of {name}' },
  'personalData.eraseIntro': {
    'es-MX':
      'Se borran su nombre, CURP, teléfono, correo y el día y mes de nacimiento, los destinatarios y textos de sus mensajes y los números de sus llamadas. Sus citas quedan, sin sus datos, para las estadísticas. No se puede deshacer.',
    en: 'Their name, CURP, phone, e-mail and the day and month of birth are erased, so are the recipients and texts of their messages and the numbers of their calls. Their appointments stay, without their data, for the statistics. This cannot be undone.',
  },
  'personalData.reason': {
    'es-MX': 'Motivo (la solicitud y su folio)',
    en: 'Reason (the request and its reference)',
  },
  'personalData.reasonHint': {
    'es-MX': 'No escriba aquí los datos de la persona.',
    en: 'Do not write the person’s data here.',
  },
  'personalData.confirmWord': { 'es-MX': 'BORRAR', en: 'ERASE' },
  'personalData.confirm': {
    'es-MX': 'Escriba {word} para confirmar',
    en: 'Type {word} to confirm',
  },
  'personalData.eraseSubmit': { 'es-MX': 'Borrar datos', en: 'Erase data' },
  'personalData.erasing': { 'es-MX': 'Borrando…', en: 'Erasing…' },
  'personalData.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'personalData.keys': {
    'es-MX':
      'Esc cancela · Tab recorre los campos · Enter borra cuando el motivo y la confirmación están escritos',
    en: 'Esc cancels · Tab moves through the fields · Enter erases once the reason and the confirmation are typed',
  },
  'personalData.incomplete': {
    'es-MX': 'Escriba el motivo y la palabra de confirmación.',
    en: 'Type the reason and the confirmation word.',
  },
  'personalData.erased': {
    'es-MX': 'Los datos personales se borraron. La acción quedó registrada con su motivo.',
    en: 'The personal data was erased. The action was recorded with its reason.',
  },
  'personalData.refused.upcoming_appointment': {
    'es-MX': 'No se puede borrar: tiene una cita por venir. Cancélela primero.',
    en: 'Cannot erase: they have an appointment still to come. Cancel it first.',
  },
  'personalData.refused.seat_held': {
    'es-MX': 'No se puede borrar: hay un lugar apartado para esta persona. Libérelo primero.',
    en: 'Cannot erase: a seat is held for this person. Release it first.',
  },
  'personalData.refused.on_waitlist': {
    'es-MX': 'No se puede borrar: está en la lista de espera. Sáquela de la lista primero.',
    en: 'Cannot erase: they are on the waitlist. Take them off the list first.',
  },
  'personalData.refused.call_in_progress': {
    'es-MX': 'No se puede borrar: hay una llamada abierta sobre esta persona. Termínela primero.',
    en: 'Cannot erase: a call about this person is still open. End it first.',
  },
});
