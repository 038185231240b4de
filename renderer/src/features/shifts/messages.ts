import { defineMessages } from '../../i18n/define-messages';

/** Texts of the lead's shifts view (coverage and weekly schedules), es-MX and English side by side. */
export const shiftsMessages = defineMessages({
  'shifts.title': { 'es-MX': 'Turnos', en: 'Shifts' },
  'shifts.date.label': { 'es-MX': 'Fecha (hora de la Ciudad de México)', en: 'Date (Mexico City time)' },
  'shifts.date.today': { 'es-MX': 'Hoy', en: 'Today' },
  'shifts.phoneHours': {
    'es-MX': 'Horario telefónico del {weekday}: {open}–{close}',
    en: 'Phone hours on {weekday}: {open}–{close}',
  },
  'shifts.holiday': {
    'es-MX': 'Día festivo: {name} (horario de fin de semana).',
    en: 'Holiday: {name} (weekend hours).',
  },
  'shifts.loading': { 'es-MX': 'Cargando la cobertura…', en: 'Loading coverage…' },
  'shifts.error': {
    'es-MX': 'No se pudo cargar la cobertura: {error}',
    en: 'Coverage could not be loaded: {error}',
  },

  'shifts.figures.title': { 'es-MX': 'A las {time} ({zone})', en: 'At {time} ({zone})' },
  'shifts.figures.scheduled': { 'es-MX': 'Programados', en: 'Scheduled' },
  'shifts.figures.loggedIn': { 'es-MX': 'Conectados', en: 'Logged in' },
  'shifts.figures.missing': { 'es-MX': 'Faltan', en: 'Missing' },
  'shifts.figures.missing.hint': { 'es-MX': 'programados y desconectados', en: 'scheduled but offline' },
  'shifts.figures.unscheduled': { 'es-MX': 'Sin turno', en: 'Unscheduled' },
  'shifts.figures.unscheduled.hint': {
    'es-MX': 'conectados fuera de su turno',
    en: 'logged in outside a shift',
  },

  'shifts.figures.notToday': {
    'es-MX':
      'Quién está conectado ahora solo se sabe para hoy; este día muestra sus turnos y la cobertura por hora.',
    en: 'Who is logged in now is known for today only; this day shows its shifts and hourly coverage.',
  },
  'shifts.chart.title': { 'es-MX': 'Operadores programados por hora', en: 'Operators scheduled by hour' },
  'shifts.chart.hour': { 'es-MX': 'Hora', en: 'Hour' },
  'shifts.chart.scheduled': { 'es-MX': 'Programados', en: 'Scheduled' },
  'shifts.chart.summary': {
    'es-MX':
      'De {from} a {to}: mínimo {min}, máximo {max} operadores programados por hora. La tabla siguiente da cada hora.',
    en: 'From {from} to {to}: at least {min}, at most {max} operators scheduled per hour. The table below gives each hour.',
  },
  'shifts.chart.empty': { 'es-MX': 'No hay horas de teléfono este día.', en: 'No phone hours this day.' },

  'shifts.operators.title': { 'es-MX': 'Operadores y turnos', en: 'Operators and shifts' },
  'shifts.table.caption': { 'es-MX': 'Operadores ({count})', en: 'Operators ({count})' },
  'shifts.filter.legend': { 'es-MX': 'Mostrar', en: 'Show' },
  'shifts.filter.all': { 'es-MX': 'Todos ({count})', en: 'All ({count})' },
  'shifts.filter.missing': { 'es-MX': 'Faltantes ({count})', en: 'Missing ({count})' },
  'shifts.filter.unscheduled': {
    'es-MX': 'Conectados sin turno ({count})',
    en: 'Logged in, unscheduled ({count})',
  },
  'shifts.col.name': { 'es-MX': 'Operador', en: 'Operator' },
  'shifts.col.queue': { 'es-MX': 'Cola', en: 'Queue' },
  'shifts.col.shift': { 'es-MX': 'Turno del día', en: 'Shift that day' },
  'shifts.col.scheduledNow': { 'es-MX': 'En turno ahora', en: 'On shift now' },
  'shifts.col.state': { 'es-MX': 'Estado', en: 'State' },
  'shifts.col.action': { 'es-MX': 'Acción', en: 'Action' },
  'shifts.noQueue': { 'es-MX': 'Sin fila', en: 'No queue' },
  'shifts.noShift': { 'es-MX': 'Sin turno', en: 'No shift' },
  'shifts.shift': { 'es-MX': '{start}–{end}', en: '{start}–{end}' },
  'shifts.yes': { 'es-MX': 'Sí', en: 'Yes' },
  'shifts.no': { 'es-MX': 'No', en: 'No' },
  'shifts.state.available': { 'es-MX': 'Disponible', en: 'Available' },
  'shifts.state.on_call': { 'es-MX': 'En llamada', en: 'On a call' },
  'shifts.state.wrap_up': { 'es-MX': 'Cerrando llamada', en: 'Wrapping up' },
  'shifts.state.break': { 'es-MX': 'En descanso', en: 'On break' },
  'shifts.state.offline': { 'es-MX': 'Desconectado', en: 'Offline' },
  'shifts.table.empty': {
    'es-MX': 'Ningún operador con este filtro.',
    en: 'No operator matches this filter.',
  },
  'shifts.editSchedule': { 'es-MX': 'Editar horario', en: 'Edit schedule' },
  'shifts.editScheduleLabel': {
    'es-MX': 'Editar horario semanal de {name}',
    en: 'Edit schedule of {name} for the week',
  },

  'shifts.editor.title': { 'es-MX': 'Horario semanal de {name}', en: 'Weekly schedule of {name}' },
  'shifts.editor.intro': {
    'es-MX':
      'Horas de la Ciudad de México. Deje vacío un día sin turno; cada turno debe caber en el horario telefónico de su día.',
    en: 'Mexico City time. Leave a day empty for no shift; each shift must fit in its day’s phone hours.',
  },
  'shifts.editor.loading': { 'es-MX': 'Cargando horarios…', en: 'Loading schedules…' },
  'shifts.editor.dayHours': { 'es-MX': 'Teléfonos {open}–{close}', en: 'Phones {open}–{close}' },
  'shifts.editor.start': { 'es-MX': 'Entrada', en: 'Start' },
  'shifts.editor.end': { 'es-MX': 'Salida', en: 'End' },
  'shifts.editor.startOf': { 'es-MX': '{day}, turno {n}: entrada', en: '{day}, shift {n}: start' },
  'shifts.editor.endOf': { 'es-MX': '{day}, turno {n}: salida', en: '{day}, shift {n}: end' },
  'shifts.editor.addShift': { 'es-MX': 'Agregar turno', en: 'Add shift' },
  'shifts.editor.addShiftLabel': { 'es-MX': 'Agregar turno el {day}', en: 'Add shift on {day}' },
  'shifts.editor.removeShift': { 'es-MX': 'Quitar', en: 'Remove' },
  'shifts.editor.removeShiftLabel': {
    'es-MX': 'Quitar el turno {n} del {day}',
    en: 'Remove shift {n} on {day}',
  },
  'shifts.editor.save': { 'es-MX': 'Guardar horario', en: 'Save schedule' },
  'shifts.editor.saving': { 'es-MX': 'Guardando…', en: 'Saving…' },
  'shifts.editor.close': { 'es-MX': 'Cerrar', en: 'Close' },
  'shifts.editor.keys': {
    'es-MX': 'Intro guarda · Esc cierra sin guardar',
    en: 'Enter saves · Esc closes without saving',
  },
  'shifts.editor.incomplete': {
    'es-MX': '{day}: escriba la entrada y la salida del turno, o deje ambas vacías.',
    en: '{day}: enter both the start and the end of the shift, or leave both empty.',
  },
  'shifts.editor.badTime': {
    'es-MX': '{day}: escriba las horas como HH:mm.',
    en: '{day}: enter times as HH:mm.',
  },
  'shifts.editor.saved': {
    'es-MX': 'Horario de {name} guardado: {summary}.',
    en: 'Schedule of {name} saved: {summary}.',
  },
  'shifts.problem.ends_before_start': {
    'es-MX': '{day} {shift}: la salida es antes de la entrada.',
    en: '{day} {shift}: it ends before it starts.',
  },
  'shifts.problem.starts_before_open': {
    'es-MX': '{day} {shift}: empieza antes de que abran los teléfonos, a las {time}.',
    en: '{day} {shift}: it starts before the phones open at {time}.',
  },
  'shifts.problem.ends_after_close': {
    'es-MX': '{day} {shift}: termina después de que cierran los teléfonos, a las {time}.',
    en: '{day} {shift}: it ends after the phones close at {time}.',
  },
  'shifts.problem.overlaps': {
    'es-MX': '{day} {shift}: se cruza con el turno de {other} del mismo día.',
    en: '{day} {shift}: it overlaps the {other} shift of the same day.',
  },
  'shifts.editor.noShifts': { 'es-MX': 'sin turnos', en: 'no shifts' },
  'shifts.editor.failed': {
    'es-MX': 'No se guardó el horario. {error}',
    en: 'The schedule was not saved. {error}',
  },

  'shifts.command.date': { 'es-MX': 'Turnos: elegir fecha', en: 'Shifts: choose a date' },
  'shifts.command.today': { 'es-MX': 'Turnos: ver hoy', en: 'Shifts: show today' },
});
