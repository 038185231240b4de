import { defineMessages } from '../../i18n/define-messages';

/** Texts of the procedure feature, Spanish (es-MX) and English side by side. */
export const procedureMessages = defineMessages({
  'procedure.list.label': { 'es-MX': 'Trámites', en: 'Services' },
  'procedure.list.hint': {
    'es-MX': '↑/↓ para moverse, una letra para saltar, 1–9 o Intro para elegir.',
    en: '↑/↓ to move, a letter to jump, 1–9 or Enter to pick.',
  },
  'procedure.noCaller': {
    'es-MX': 'Primero elija a la persona que llama; después elija el trámite.',
    en: 'Pick the caller first; then pick the service.',
  },
  'procedure.loading': { 'es-MX': 'Cargando trámites…', en: 'Loading services…' },
  'procedure.loadError': {
    'es-MX': 'No se pudieron cargar los trámites: {error}',
    en: 'The services could not be loaded: {error}',
  },
  'procedure.duration': { 'es-MX': '{minutes, number} min', en: '{minutes, number} min' },
  'procedure.durationLong': {
    'es-MX': 'Duración en ventanilla: {minutes, number} minutos',
    en: 'Time at the window: {minutes, number} minutes',
  },
  'procedure.requirements': {
    'es-MX': 'Requisitos (léalos y márquelos)',
    en: 'Requirements (read them out and tick them)',
  },
  'procedure.requirements.progress': {
    'es-MX': '{ticked, number} de {total, number} leídos',
    en: '{ticked, number} of {total, number} read out',
  },
  'procedure.requirements.key': { 'es-MX': 'Indispensable', en: 'Essential' },
  'procedure.fees': { 'es-MX': 'Derechos vigentes', en: 'Fees in force' },
  'procedure.fees.none': { 'es-MX': 'Sin costo.', en: 'No fee.' },
  'procedure.fees.atSlot': {
    'es-MX': 'Consulado en {city}, cita del {date}: montos en {currency}.',
    en: 'At {city}, for the appointment on {date}: amounts in {currency}.',
  },
  'procedure.fees.atToday': {
    'es-MX':
      'Consulado en {city}, hoy {date}: montos en {currency}. Al elegir el horario se muestran los de la fecha de la cita.',
    en: 'At {city}, today {date}: amounts in {currency}. Once a slot is picked, those of the appointment date are shown.',
  },
  'procedure.fees.noConsulate': {
    'es-MX':
      'Montos en los consulados de Estados Unidos (USD). El monto depende del consulado: en Canadá se cobra en dólares canadienses.',
    en: 'Amounts at the consulates in the United States (USD). The amount depends on the consulate: in Canada it is charged in Canadian dollars.',
  },
  'procedure.fees.currency.USD': { 'es-MX': 'dólares estadounidenses (USD)', en: 'US dollars (USD)' },
  'procedure.fees.currency.CAD': { 'es-MX': 'dólares canadienses (CAD)', en: 'Canadian dollars (CAD)' },
  'procedure.fees.unknown': {
    'es-MX': 'Monto por confirmar: confirme el monto con el consulado',
    en: 'Amount to be confirmed with the consulate',
  },
  'procedure.fees.loading': { 'es-MX': 'Consultando los derechos…', en: 'Looking up the fees…' },
  'procedure.fees.loadError': {
    'es-MX': 'No se pudieron consultar los derechos: {error}',
    en: 'The fees could not be looked up: {error}',
  },
  'procedure.prerequisite': {
    'es-MX': 'Requiere una cita previa de «{name}»: agéndela primero si la persona no la tiene.',
    en: 'Requires an earlier appointment for “{name}”: book that first if the caller has none.',
  },
  'procedure.ineligible.minorNote': {
    'es-MX': 'Es menor de edad en esa fecha: su pasaporte requiere a ambos padres y el formato OP-7.',
    en: 'A minor on that date: their passport needs both parents and form OP-7.',
  },
  'procedure.ineligible.onSlotDate': {
    'es-MX': 'Según la fecha de la cita elegida.',
    en: 'On the date of the chosen time.',
  },
  'procedure.ineligible.onToday': {
    'es-MX': 'Según la fecha de hoy; se revisa de nuevo con la fecha del horario que elija.',
    en: "On today's date; checked again on the date of the time you choose.",
  },
  'procedure.minorWarning.switch': { 'es-MX': 'Cambiar a «{minorName}»', en: 'Switch to “{minorName}”' },
});
