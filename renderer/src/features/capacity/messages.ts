import { defineMessages } from '../../i18n/define-messages';

/** Texts of the lead's capacity view (seats, publishing, closing a day), es-MX and English side by side. */
export const capacityMessages = defineMessages({
  'capacity.title': { 'es-MX': 'Capacidad y cierres', en: 'Capacity and closures' },
  'capacity.consulate.label': { 'es-MX': 'Consulado', en: 'Consulate' },
  'capacity.consulate.hint': {
    'es-MX': 'Escriba un código o una ciudad y pulse Intro.',
    en: 'Type a code or a city and press Enter.',
  },
  'capacity.consulate.none': {
    'es-MX': 'Elija un consulado para ver y cambiar sus lugares.',
    en: 'Choose a consulate to see and change its seats.',
  },
  'capacity.consulates.loading': { 'es-MX': 'Cargando consulados…', en: 'Loading consulates…' },
  'capacity.consulates.error': {
    'es-MX': 'No se pudieron cargar los consulados: {error}',
    en: 'The consulates could not be loaded: {error}',
  },
  'capacity.date.label': { 'es-MX': 'Fecha (del consulado)', en: 'Date (consulate-local)' },
  'capacity.day.heading': {
    'es-MX': '{consulate}, {date} · {zone} ({abbreviation})',
    en: '{consulate}, {date} · {zone} ({abbreviation})',
  },

  'capacity.seats.title': { 'es-MX': 'Lugares del día', en: 'Seats of the day' },
  'capacity.seats.loading': { 'es-MX': 'Cargando horarios del día…', en: 'Loading the day’s times…' },
  'capacity.seats.empty': {
    'es-MX': 'No hay horarios publicados para este día.',
    en: 'No times are published for this day.',
  },
  'capacity.seats.caption': { 'es-MX': 'Horarios del {date}, hora local', en: 'Times on {date}, local time' },
  'capacity.seats.col.time': { 'es-MX': 'Hora local', en: 'Local time' },
  'capacity.seats.col.capacity': { 'es-MX': 'Capacidad', en: 'Capacity' },
  'capacity.seats.col.taken': { 'es-MX': 'Apartados y agendados', en: 'Held and booked' },
  'capacity.seats.col.available': { 'es-MX': 'Disponibles', en: 'Available' },
  'capacity.seats.col.action': { 'es-MX': 'Acción', en: 'Action' },
  'capacity.seats.edit': { 'es-MX': 'Cambiar', en: 'Change' },
  'capacity.seats.editLabel': {
    'es-MX': 'Cambiar los lugares de las {time}',
    en: 'Change the seats at {time}',
  },
  'capacity.seats.total': {
    'es-MX':
      'Total del día: {capacity, plural, one {# lugar} other {# lugares}}, {taken} apartados y agendados, {available} disponibles.',
    en: 'Day total: {capacity, plural, one {# seat} other {# seats}}, {taken} held and booked, {available} available.',
  },
  'capacity.form.legend': { 'es-MX': 'Cambiar lugares', en: 'Change seats' },
  'capacity.form.scope': { 'es-MX': 'Qué cambiar', en: 'What to change' },
  'capacity.form.scope.day': {
    'es-MX': 'Todo el día ({count, plural, one {# horario} other {# horarios}})',
    en: 'The whole day ({count, plural, one {# time} other {# times}})',
  },
  'capacity.form.scope.slot': { 'es-MX': 'Solo las {time}', en: 'Only {time}' },
  'capacity.form.seats': { 'es-MX': 'Lugares por horario', en: 'Seats per time' },
  'capacity.form.seats.hint': {
    'es-MX': 'Mínimo posible: {least} (lo ya apartado y agendado).',
    en: 'Lowest possible: {least} (what is already held and booked).',
  },
  'capacity.form.seats.invalid': {
    'es-MX': 'Escriba un número entero de 0 a 500.',
    en: 'Type a whole number from 0 to 500.',
  },
  'capacity.form.review': { 'es-MX': 'Revisar el cambio', en: 'Review the change' },
  'capacity.confirm.title': { 'es-MX': 'Confirmar el cambio de lugares', en: 'Confirm the change of seats' },
  'capacity.confirm.slot': {
    'es-MX': 'Las {time} del {date} pasan de {from} a {to} lugares ({taken} ya apartados o agendados).',
    en: '{time} on {date} goes from {from} to {to} seats ({taken} already held or booked).',
  },
  'capacity.confirm.day': {
    'es-MX':
      '{count, plural, one {El horario} other {Los # horarios}} del {date} {count, plural, one {pasa} other {pasan}} a {to} lugares cada uno (ahora: {current}).',
    en: '{count, plural, one {The time} other {All # times}} on {date} {count, plural, one {goes} other {go}} to {to} seats each (now: {current}).',
  },
  'capacity.confirm.range': { 'es-MX': 'de {min} a {max}', en: '{min} to {max}' },
  'capacity.confirm.apply': { 'es-MX': 'Aplicar el cambio', en: 'Apply the change' },
  'capacity.confirm.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'capacity.confirm.keys': {
    'es-MX': 'Intro confirma el botón enfocado · Esc cancela',
    en: 'Enter presses the focused button · Esc cancels',
  },
  'capacity.seats.saving': { 'es-MX': 'Guardando…', en: 'Saving…' },
  'capacity.seats.saved.slot': {
    'es-MX': 'Listo: las {time} tienen ahora {seats} lugares.',
    en: 'Done: {time} now has {seats} seats.',
  },
  'capacity.seats.saved.day': {
    'es-MX': 'Listo: cada horario del día tiene ahora {seats} lugares.',
    en: 'Done: every time of the day now has {seats} seats.',
  },
  'capacity.seats.failed': { 'es-MX': 'No se cambió nada. {error}', en: 'Nothing was changed. {error}' },
  'capacity.seats.closedDay': {
    'es-MX': 'El día está cerrado: ya no se agenda y sus lugares no se pueden cambiar.',
    en: 'The day is closed: nothing more is booked and its seats cannot be changed.',
  },

  'capacity.close.title': { 'es-MX': 'Cerrar el día', en: 'Close the day' },
  'capacity.close.explain': {
    'es-MX':
      'Para un cierre imprevisto (clima, emergencia). Las citas no se borran: quedan en una lista para reagendarlas.',
    en: 'For an unplanned closure (weather, an emergency). Appointments are not deleted: they are listed to be rebooked.',
  },
  'capacity.close.reason': { 'es-MX': 'Motivo del cierre', en: 'Reason for closing' },
  'capacity.close.reason.hint': {
    'es-MX': 'Queda en la bitácora y lo ve quien reagenda.',
    en: 'Kept in the audit log and shown to whoever rebooks.',
  },
  'capacity.close.reason.required': {
    'es-MX': 'Escriba el motivo (al menos 3 caracteres).',
    en: 'Type the reason (at least 3 characters).',
  },
  'capacity.close.review': { 'es-MX': 'Cerrar el día…', en: 'Close the day…' },
  'capacity.close.confirm.title': {
    'es-MX': '¿Cerrar {consulate} el {date}?',
    en: 'Close {consulate} on {date}?',
  },
  'capacity.close.confirm.now': {
    'es-MX': 'El día deja de aceptar citas de inmediato.',
    en: 'The day stops taking appointments at once.',
  },
  'capacity.close.confirm.holds': {
    'es-MX': 'Los lugares apartados en este momento fallarán al confirmarse.',
    en: 'Seats held right now will fail when they are confirmed.',
  },
  'capacity.close.confirm.booked': {
    'es-MX': 'Las citas ya agendadas se listarán para reagendarlas; no se borra ninguna.',
    en: 'Appointments already booked will be listed to be rebooked; none is deleted.',
  },
  'capacity.close.confirm.taken': {
    'es-MX':
      'Ahora {taken, plural, =0 {no hay lugares apartados ni agendados} one {hay # lugar apartado o agendado} other {hay # lugares apartados o agendados}} ese día.',
    en: 'Right now {taken, plural, =0 {no seat is held or booked} one {# seat is held or booked} other {# seats are held or booked}} that day.',
  },
  'capacity.close.confirm.reason': { 'es-MX': 'Motivo: {reason}', en: 'Reason: {reason}' },
  'capacity.close.confirm.apply': { 'es-MX': 'Cerrar el día', en: 'Close the day' },
  'capacity.close.closing': { 'es-MX': 'Cerrando…', en: 'Closing…' },
  'capacity.close.failed': { 'es-MX': 'El día no se cerró. {error}', en: 'The day was not closed. {error}' },

  'capacity.closure.loading': {
    'es-MX': 'Consultando si el día está cerrado…',
    en: 'Checking whether the day is closed…',
  },
  'capacity.closure.loadError': {
    'es-MX': 'No se pudo saber si el día está cerrado: {error}',
    en: 'Could not tell whether the day is closed: {error}',
  },
  'capacity.closure.title': { 'es-MX': 'Día cerrado', en: 'Day closed' },
  'capacity.closure.summary': {
    'es-MX': 'Cerrado el {closedAt} ({zone}). Motivo: {reason}',
    en: 'Closed on {closedAt} ({zone}). Reason: {reason}',
  },
  'capacity.closure.liveHolds': {
    'es-MX':
      '{count, plural, =0 {No había lugares apartados al cerrar.} one {# lugar apartado al cerrar fallará al confirmarse.} other {# lugares apartados al cerrar fallarán al confirmarse.}}',
    en: '{count, plural, =0 {No seats were held when it closed.} one {# seat held when it closed will fail at confirmation.} other {# seats held when it closed will fail at confirmation.}}',
  },
  'capacity.closure.list': {
    'es-MX': 'Citas por reagendar ({count})',
    en: 'Appointments to rebook ({count})',
  },
  'capacity.closure.none': {
    'es-MX': 'No había citas agendadas ese día.',
    en: 'No appointments were booked that day.',
  },
  'capacity.closure.col.code': { 'es-MX': 'Código', en: 'Code' },
  'capacity.closure.col.name': { 'es-MX': 'Solicitante', en: 'Applicant' },
  'capacity.closure.col.phone': { 'es-MX': 'Teléfono', en: 'Phone' },
  'capacity.closure.col.email': { 'es-MX': 'Correo', en: 'E-mail' },
  'capacity.closure.col.time': { 'es-MX': 'Hora local', en: 'Local time' },
  'capacity.closure.notOnFile': { 'es-MX': 'Sin dato', en: 'Not on file' },
  'capacity.closure.copy': { 'es-MX': 'Copiar la lista (CSV)', en: 'Copy the list (CSV)' },
  'capacity.closure.copied': {
    'es-MX': 'Lista copiada: {count, plural, one {# cita} other {# citas}}. Péguela en una hoja de cálculo.',
    en: 'List copied: {count, plural, one {# appointment} other {# appointments}}. Paste it into a spreadsheet.',
  },
  'capacity.closure.copyFailed': {
    'es-MX': 'No se pudo copiar. Seleccione la tabla y cópiela con Ctrl+C.',
    en: 'Could not copy. Select the table and copy it with Ctrl+C.',
  },

  'capacity.reopen.title': { 'es-MX': 'Reabrir el día', en: 'Reopen the day' },
  'capacity.reopen.explain': {
    'es-MX':
      'Si el consulado sí atiende ese día (se levantó el cierre o trabaja el día feriado), el día vuelve a aceptar citas y las citas agendadas quedan como antes.',
    en: 'If the consulate does open that day (the closure was lifted, or it works the holiday), the day takes appointments again and its booked appointments stand as before.',
  },
  'capacity.reopen.reason': { 'es-MX': 'Motivo de la reapertura', en: 'Reason for reopening' },
  'capacity.reopen.reason.hint': {
    'es-MX': 'Queda en la bitácora con su nombre.',
    en: 'Kept in the audit log with your name.',
  },
  'capacity.reopen.reason.required': {
    'es-MX': 'Escriba el motivo (al menos 3 caracteres).',
    en: 'Type the reason (at least 3 characters).',
  },
  'capacity.reopen.submit': { 'es-MX': 'Reabrir día', en: 'Reopen day' },
  'capacity.reopen.reopening': { 'es-MX': 'Reabriendo…', en: 'Reopening…' },
  'capacity.reopen.failed': {
    'es-MX': 'El día sigue cerrado. {error}',
    en: 'The day is still closed. {error}',
  },
  'capacity.reopen.done': {
    'es-MX':
      'Día reabierto ({reason}): {seats, plural, =0 {sin lugares libres} one {# lugar libre} other {# lugares libres}} en {slots, plural, =0 {ningún horario} one {# horario} other {# horarios}}.',
    en: 'Day reopened ({reason}): {seats, plural, =0 {no free seats} one {# free seat} other {# free seats}} in {slots, plural, =0 {no times} one {# time} other {# times}}.',
  },
  'capacity.reopen.published': {
    'es-MX':
      '{count, plural, one {Se publicó # horario} other {Se publicaron # horarios}} con el horario semanal del consulado.',
    en: '{count, plural, one {# time was} other {# times were}} published from the consulate’s weekly hours.',
  },
  'capacity.reopen.noSlots': {
    'es-MX': 'El día no tiene horarios publicados: publíquelos abajo.',
    en: 'The day has no published times: publish them below.',
  },
  'capacity.reopen.appointments': {
    'es-MX':
      '{count, plural, =0 {No había citas agendadas.} one {# cita agendada vuelve a la normalidad.} other {# citas agendadas vuelven a la normalidad.}}',
    en: '{count, plural, =0 {No appointments were booked.} one {# booked appointment stands again.} other {# booked appointments stand again.}}',
  },

  'capacity.publish.title': { 'es-MX': 'Publicar horarios', en: 'Publish times' },
  'capacity.publish.explain': {
    'es-MX':
      'Liberación mensual: crea los horarios del rango con el horario semanal del consulado. Los ya publicados no cambian y los días cerrados se omiten.',
    en: 'Monthly release: creates the range’s times from the consulate’s weekly hours. Times already published stay as they are and closed days are skipped.',
  },
  'capacity.publish.from': { 'es-MX': 'Desde', en: 'From' },
  'capacity.publish.to': { 'es-MX': 'Hasta', en: 'To' },
  'capacity.publish.submit': { 'es-MX': 'Publicar', en: 'Publish' },
  'capacity.publish.publishing': { 'es-MX': 'Publicando…', en: 'Publishing…' },
  'capacity.publish.problem.missing': { 'es-MX': 'Escriba las dos fechas.', en: 'Enter both dates.' },
  'capacity.publish.problem.order': {
    'es-MX': 'La fecha final no puede ser anterior a la inicial.',
    en: 'The end date cannot be before the start date.',
  },
  'capacity.publish.problem.tooLong': {
    'es-MX': 'Publique a lo más {days} días a la vez.',
    en: 'Publish at most {days} days at a time.',
  },
  'capacity.publish.horizon': {
    'es-MX':
      'Este consulado publica horarios hasta {days} días adelante (hasta el {date}); el rango va más allá.',
    en: 'This consulate publishes times up to {days} days ahead (until {date}); the range goes beyond that.',
  },
  'capacity.publish.beyondHorizon': {
    'es-MX': 'Publicar más allá a propósito (queda registrado)',
    en: 'Publish beyond it on purpose (it is recorded)',
  },
  'capacity.publish.result': {
    'es-MX':
      '{consulate}, del {from} al {to}: {published, plural, one {# horario nuevo} other {# horarios nuevos}}, {already, plural, one {# ya publicado} other {# ya publicados}}.',
    en: '{consulate}, {from} to {to}: {published, plural, one {# new time} other {# new times}}, {already} already published.',
  },
  'capacity.publish.closedDates': {
    'es-MX': 'Fechas cerradas omitidas: {dates}.',
    en: 'Closed dates skipped: {dates}.',
  },
  'capacity.publish.noClosedDates': {
    'es-MX': 'Ninguna fecha cerrada en el rango.',
    en: 'No closed dates in the range.',
  },
  'capacity.publish.failed': { 'es-MX': 'No se publicó nada. {error}', en: 'Nothing was published. {error}' },

  'capacity.command.consulate': {
    'es-MX': 'Capacidad: elegir consulado',
    en: 'Capacity: choose a consulate',
  },
  'capacity.command.closeDay': {
    'es-MX': 'Capacidad: cerrar el día elegido',
    en: 'Capacity: close the chosen day',
  },
  'capacity.command.publish': { 'es-MX': 'Capacidad: publicar horarios', en: 'Capacity: publish times' },
});
