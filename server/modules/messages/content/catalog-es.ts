/**
 * What the applicant reads, in Spanish (es-MX, usted). Every entry is a template whose `{name}`
 * placeholders `fill` replaces; `catalog-en.ts` has the same keys and the same placeholders
 * (`catalogs.test.ts` checks both).
 */
export const catalogEs = {
  subject_booked: 'Cita confirmada: {procedure}, {date}',
  subject_rescheduled: 'Su cita cambió: {procedure}, {date}',
  subject_cancelled: 'Cita cancelada: {procedure}, {date}',
  subject_closed: 'El consulado cerró el día de su cita del {date}',
  subject_waitlist_offer: 'Le apartamos un lugar: {procedure}, {date}',
  subject_reminder: 'Recordatorio de su cita: {procedure}, {date}',

  greeting: 'Buen día, {name}:',
  intro_booked: 'Su cita en el {consulate} quedó confirmada.',
  intro_rescheduled:
    'Su cita en el {consulate} cambió de fecha. Antes era el {previous}; ahora es el {when}.',
  intro_cancelled: 'Su cita del {when} en el {consulate} fue cancelada.',
  intro_closed:
    'Lamentamos informarle que el {consulate} cerrará el día de su cita, el {when}. Motivo: {reason}. Su cita no se llevará a cabo a esa hora, pero conserva su lugar: le llamaremos para darle una nueva fecha, o llámenos al {phone}.',
  intro_waitlist_offer:
    'Se liberó un lugar para su trámite y lo apartamos para usted hasta el {expires}. Llámenos al {phone} antes de esa hora para confirmarlo; si no, el lugar pasará a la siguiente persona de la lista de espera.',
  intro_reminder_tomorrow: 'Le recordamos que su cita en el {consulate} es mañana.',
  intro_reminder_day_after: 'Le recordamos que su cita en el {consulate} es pasado mañana.',
  intro_reminder_on: 'Le recordamos su cita en el {consulate}.',

  label_procedure: 'Trámite',
  label_when: 'Fecha y hora',
  label_previous: 'Fecha anterior',
  label_consulate: 'Consulado',
  label_address: 'Dirección',
  address_unknown: 'consulte la dirección en la página del consulado',
  when_with_zone: '{date} ({zone})',
  time_zone_note: 'La hora es la del consulado: {zone}.',
  label_requirements: 'Qué debe llevar',
  requirements_none: 'No se pide documentación adicional para este trámite.',
  label_fees: 'Derechos vigentes el día de su cita',
  fee_line: '{label}: {amount}',
  fee_unknown: 'consulte el arancel en el consulado',
  fee_free: 'sin costo',
  fees_none: 'Consulte el arancel en el consulado.',
  label_code: 'Código de confirmación',
  code_spelled: 'Deletreado: {spelled}',
  code_separated: 'Carácter por carácter: {separated}',
  how_to_cancel:
    'Si necesita cancelar o cambiar su cita, llámenos al {phone} con su código de confirmación a la mano.',
  how_to_rebook: 'Llámenos al {phone} para hacer una nueva cita.',
  sign_off: 'Atentamente,',
  signature: 'MiConsulado — Centro de llamadas de los consulados de México',
  html_title: 'MiConsulado',

  calendar_summary: 'Cita consular: {procedure}',
  calendar_description: '{procedure} en el {consulate}.',
  calendar_cancelled: 'Esta cita fue cancelada.',
  calendar_alarm: 'Mañana: su cita en el {consulate}',
  calendar_organizer: 'MiConsulado',
  calendar_filename_request: 'cita.ics',
  calendar_filename_cancel: 'cita-cancelada.ics',

  sms_booked:
    'MiConsulado: cita confirmada en el consulado de {city}: {date}, codigo {code}. Cambios: {phone}',
  sms_rescheduled:
    'MiConsulado: su cita en el consulado de {city} cambio al {date}, codigo {code}. Dudas: {phone}',
  sms_cancelled: 'MiConsulado: se cancelo su cita en el consulado de {city} del {date}; nueva cita: {phone}',
  sms_closed:
    'MiConsulado: el consulado de {city} cierra el dia de su cita ({date}). Conserva su lugar; nueva fecha: {phone}',
  sms_waitlist_offer:
    'MiConsulado: le apartamos un lugar en {city} el {date} hasta el {expires}; confirme al {phone}',
  sms_reminder:
    'MiConsulado: recuerde su cita en el consulado de {city}: {date}, codigo {code}. Cambios: {phone}',
} as const;

export type CatalogKey = keyof typeof catalogEs;
export type NoticeCatalog = Readonly<Record<CatalogKey, string>>;
