import { defineMessages } from '../../i18n/define-messages';

/** Texts of practice mode (band, toggle, scenarios, the simulated caller, the score, the lead's results), es-MX and English side by side. */
export const practiceMessages = defineMessages({
  'practice.band': { 'es-MX': 'PRÁCTICA — nada de esto es real', en: 'PRACTICE — nothing here is real' },
  'practice.documentTitle': { 'es-MX': 'PRÁCTICA — {title}', en: 'PRACTICE — {title}' },
  'practice.mode.enter': { 'es-MX': 'Entrar a práctica', en: 'Enter practice' },
  'practice.mode.leave': { 'es-MX': 'Salir de práctica', en: 'Leave practice' },
  'practice.mode.toggle': { 'es-MX': 'Entrar o salir de práctica', en: 'Enter or leave practice' },
  'practice.mode.duringCall': {
    'es-MX': 'Termine la llamada para cambiar de modo.',
    en: 'End the call to change mode.',
  },

  'practice.title': { 'es-MX': 'Práctica', en: 'Practice' },
  'practice.scenarios.heading': { 'es-MX': 'Escenarios', en: 'Scenarios' },
  'practice.scenarios.loading': { 'es-MX': 'Cargando los escenarios…', en: 'Loading scenarios…' },
  'practice.scenarios.error': {
    'es-MX': 'No se pudieron cargar los escenarios: {error}',
    en: 'Scenarios could not be loaded: {error}',
  },
  'practice.scenarios.empty': {
    'es-MX': 'No hay escenarios de práctica.',
    en: 'There are no practice scenarios.',
  },
  'practice.scenario.language': {
    'es-MX': 'Quien llama habla {language}',
    en: 'The caller speaks {language}',
  },
  'practice.language.es-MX': { 'es-MX': 'español', en: 'Spanish' },
  'practice.language.en': { 'es-MX': 'inglés', en: 'English' },
  'practice.scenario.target': { 'es-MX': 'Tiempo objetivo: {time}', en: 'Time target: {time}' },
  'practice.scenario.start': { 'es-MX': 'Empezar «{title}»', en: 'Start “{title}”' },
  'practice.scenario.starting': { 'es-MX': 'Empezando…', en: 'Starting…' },
  'practice.scenario.busy': {
    'es-MX': 'Termine la llamada en curso antes de empezar un escenario.',
    en: 'End the call in progress before starting a scenario.',
  },

  'practice.run.brief': { 'es-MX': 'La situación', en: 'The situation' },
  'practice.run.transcript': { 'es-MX': 'Lo que dice quien llama', en: 'What the caller says' },
  'practice.run.caller': { 'es-MX': 'Quien llama', en: 'Caller' },
  'practice.run.you': { 'es-MX': 'Usted', en: 'You' },
  'practice.run.ask': { 'es-MX': 'Preguntar', en: 'Ask' },
  'practice.run.asked': { 'es-MX': '(ya preguntado)', en: '(asked)' },
  'practice.run.next': { 'es-MX': 'Siguiente pregunta', en: 'Next question' },
  'practice.run.allAsked': { 'es-MX': 'Ya hizo todas las preguntas.', en: 'You have asked every question.' },
  'practice.run.mute': { 'es-MX': 'Silenciar la voz de quien llama', en: 'Mute the caller’s voice' },
  'practice.run.unmute': { 'es-MX': 'Oír la voz de quien llama', en: 'Hear the caller’s voice' },
  'practice.run.hint': {
    'es-MX': 'Atienda la llamada en la consola como siempre; al terminarla (Alt+W) verá su calificación.',
    en: 'Handle the call in the console as usual; when you end it (Alt+W) you will see your score.',
  },
  'practice.run.finish': { 'es-MX': 'Calificar ahora', en: 'Score now' },
  'practice.run.finishing': { 'es-MX': 'Calificando…', en: 'Scoring…' },
  'practice.run.error': { 'es-MX': 'No se pudo: {error}', en: 'That failed: {error}' },

  'practice.topic.greeting': { 'es-MX': 'Saludo', en: 'Greeting' },
  'practice.topic.identity': { 'es-MX': 'Identidad', en: 'Identity' },
  'practice.topic.curp': { 'es-MX': 'CURP', en: 'CURP' },
  'practice.topic.birth_date': { 'es-MX': 'Fecha de nacimiento', en: 'Date of birth' },
  'practice.topic.phone': { 'es-MX': 'Teléfono', en: 'Phone' },
  'practice.topic.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'practice.topic.documents': { 'es-MX': 'Documentos', en: 'Documents' },
  'practice.topic.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'practice.topic.dates': { 'es-MX': 'Fechas', en: 'Dates' },
  'practice.topic.constraints': { 'es-MX': 'Restricciones', en: 'Constraints' },
  'practice.topic.existing_appointment': { 'es-MX': 'Cita existente', en: 'Existing appointment' },
  'practice.topic.confirm': { 'es-MX': 'Confirmación', en: 'Confirmation' },
  'practice.topic.goodbye': { 'es-MX': 'Despedida', en: 'Goodbye' },

  'practice.result.heading': { 'es-MX': 'Su calificación', en: 'Your score' },
  'practice.result.score': { 'es-MX': '{score} de 100', en: '{score} out of 100' },
  'practice.result.time': {
    'es-MX': 'Tiempo: {time} (objetivo {target})',
    en: 'Time: {time} (target {target})',
  },
  'practice.result.noTime': {
    'es-MX': 'Sin llamada registrada (objetivo {target})',
    en: 'No call logged (target {target})',
  },
  'practice.result.checks': { 'es-MX': 'Revisión', en: 'Checks' },
  'practice.result.passed': { 'es-MX': 'Bien', en: 'Passed' },
  'practice.result.failed': { 'es-MX': 'Falta', en: 'Missed' },
  'practice.result.points': {
    'es-MX': '{points, plural, one {# punto} other {# puntos}}',
    en: '{points, plural, one {# point} other {# points}}',
  },
  'practice.result.lesson': { 'es-MX': 'Lo que enseña', en: 'The lesson' },
  'practice.result.again': { 'es-MX': 'Otra vez', en: 'Again' },
  'practice.result.other': { 'es-MX': 'Otro escenario', en: 'Another scenario' },

  'practice.check.applicant': { 'es-MX': 'Solicitante', en: 'Applicant' },
  'practice.check.procedure': { 'es-MX': 'Trámite', en: 'Service' },
  'practice.check.requirements': { 'es-MX': 'Requisitos', en: 'Requirements' },
  'practice.check.consulate': { 'es-MX': 'Consulado', en: 'Consulate' },
  'practice.check.slot': { 'es-MX': 'Horario', en: 'Time slot' },
  'practice.check.outcome': { 'es-MX': 'Resultado', en: 'Outcome' },
  'practice.check.read_back': { 'es-MX': 'Lectura de la cita', en: 'Read-back' },
  'practice.check.wrap_up': { 'es-MX': 'Cierre de la llamada', en: 'Wrap-up' },
  'practice.check.time': { 'es-MX': 'Tiempo', en: 'Time' },

  'practice.reset': { 'es-MX': 'Reiniciar mi práctica', en: 'Reset my practice' },
  'practice.reset.title': { 'es-MX': '¿Reiniciar su práctica?', en: 'Reset your practice?' },
  'practice.reset.body': {
    'es-MX': 'Se borran las citas, solicitantes y llamadas de su práctica. Sus calificaciones se conservan.',
    en: 'The appointments, applicants and calls of your practice are deleted. Your scores are kept.',
  },
  'practice.reset.confirm': { 'es-MX': 'Reiniciar', en: 'Reset' },
  'practice.reset.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'practice.reset.keys': { 'es-MX': 'Esc cancela.', en: 'Esc cancels.' },
  'practice.reset.done': {
    'es-MX':
      'Práctica reiniciada: {reservations} citas, {applicants} solicitantes y {calls} llamadas borradas.',
    en: 'Practice reset: {reservations} appointments, {applicants} applicants and {calls} calls removed.',
  },

  'practice.results.title': { 'es-MX': 'Resultados de práctica', en: 'Practice results' },
  'practice.results.filter': { 'es-MX': 'Persona en práctica', en: 'Trainee' },
  'practice.results.everyone': { 'es-MX': 'Todas', en: 'Everyone' },
  'practice.results.loading': { 'es-MX': 'Cargando los resultados…', en: 'Loading results…' },
  'practice.results.error': {
    'es-MX': 'No se pudieron cargar los resultados: {error}',
    en: 'Results could not be loaded: {error}',
  },
  'practice.results.empty': {
    'es-MX': 'Nadie ha terminado un escenario todavía.',
    en: 'Nobody has finished a scenario yet.',
  },
  'practice.results.caption': {
    'es-MX': 'Resultados ({count}), los más recientes primero',
    en: 'Results ({count}), newest first',
  },
  'practice.results.col.trainee': { 'es-MX': 'Persona', en: 'Trainee' },
  'practice.results.col.scenario': { 'es-MX': 'Escenario', en: 'Scenario' },
  'practice.results.col.date': {
    'es-MX': 'Fecha (hora de la Ciudad de México)',
    en: 'Date (Mexico City time)',
  },
  'practice.results.col.score': { 'es-MX': 'Calificación', en: 'Score' },
  'practice.results.col.time': { 'es-MX': 'Tiempo / objetivo', en: 'Time / target' },
  'practice.results.trend': { 'es-MX': 'Calificaciones por persona', en: 'Scores per trainee' },
  'practice.results.trendOf': {
    'es-MX':
      '{name}: {count, plural, one {# resultado} other {# resultados}}, último {last}, promedio {mean}',
    en: '{name}: {count, plural, one {# result} other {# results}}, latest {last}, mean {mean}',
  },
  'practice.results.noTime': { 'es-MX': '—', en: '—' },
});
