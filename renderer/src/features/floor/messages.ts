import { defineMessages } from '../../i18n/define-messages';

/** Texts of the lead's floor, Spanish (es-MX) and English side by side. */
export const floorMessages = defineMessages({
  'floor.title': { 'es-MX': 'Piso de llamadas', en: 'Call floor' },
  'floor.loading': { 'es-MX': 'Cargando el piso…', en: 'Loading the floor…' },
  'floor.failed': {
    'es-MX': 'No se pudo cargar el piso: {reason}',
    en: 'The floor could not be loaded: {reason}',
  },
  'floor.tableLabel': { 'es-MX': 'Operadores del piso', en: 'Operators on the floor' },
  'floor.count': {
    'es-MX':
      '{shown} de {total} operadores · {selected, plural, =0 {ninguno seleccionado} one {# seleccionado} other {# seleccionados}}',
    en: '{shown} of {total} operators · {selected, plural, =0 {none selected} one {# selected} other {# selected}}',
  },
  'floor.keys': {
    'es-MX':
      'Flechas: moverse · Espacio: seleccionar · Mayús+flechas: extender · Ctrl+A: todos los filtrados',
    en: 'Arrows: move · Space: select · Shift+arrows: extend · Ctrl+A: all filtered',
  },
  'floor.empty': {
    'es-MX': 'Ningún operador coincide con el filtro.',
    en: 'No operator matches the filter.',
  },
  'floor.col.name': { 'es-MX': 'Operador', en: 'Operator' },
  'floor.col.state': { 'es-MX': 'Estado', en: 'State' },
  'floor.col.since': { 'es-MX': 'Tiempo en estado', en: 'Time in state' },
  'floor.col.queue': { 'es-MX': 'Cola', en: 'Queue' },
  'floor.col.calls': { 'es-MX': 'Llamadas hoy', en: 'Calls today' },
  'floor.col.bookings': { 'es-MX': 'Citas hoy', en: 'Bookings today' },
  'floor.col.avgHandle': { 'es-MX': 'Atención media', en: 'Avg handle' },
  'floor.col.onShift': { 'es-MX': 'En turno', en: 'On shift' },
  'floor.col.reassignment': { 'es-MX': 'Cambio de cola', en: 'Queue change' },
  'floor.state.available': { 'es-MX': 'Disponible', en: 'Available' },
  'floor.state.on_call': { 'es-MX': 'En llamada', en: 'On a call' },
  'floor.state.wrap_up': { 'es-MX': 'Cierre de llamada', en: 'Wrapping up' },
  'floor.state.break': { 'es-MX': 'En descanso', en: 'On break' },
  'floor.state.offline': { 'es-MX': 'Desconectado', en: 'Offline' },
  'floor.practice': {
    'es-MX': 'en práctica (no atiende llamadas reales)',
    en: 'in practice (not on real calls)',
  },
  'floor.state.byLead': { 'es-MX': '(por líder)', en: '(by lead)' },
  'floor.pending.break': { 'es-MX': 'descanso al terminar', en: 'break after call' },
  'floor.pending.offline': { 'es-MX': 'desconexión al terminar', en: 'offline after call' },
  'floor.onShift.yes': { 'es-MX': 'Sí', en: 'Yes' },
  'floor.onShift.no': { 'es-MX': 'No', en: 'No' },
  'floor.noQueue': { 'es-MX': 'Sin cola', en: 'No queue' },
  'floor.noFigure': { 'es-MX': '—', en: '—' },
  'floor.reassignment.pending': {
    'es-MX': 'Pendiente: a {queue} al terminar la llamada',
    en: 'Pending: to {queue} after the call',
  },
  'floor.reassignment.applied': { 'es-MX': 'Aplicado: {queue}', en: 'Applied: {queue}' },
  'floor.reassignment.acknowledged': {
    'es-MX': 'Visto en su consola: {queue} ✓',
    en: 'Seen on their console: {queue} ✓',
  },
  'floor.filter.label': { 'es-MX': 'Filtrar', en: 'Filter' },
  'floor.filter.text': { 'es-MX': 'Nombre o usuario', en: 'Name or username' },
  'floor.filter.state': { 'es-MX': 'Estado', en: 'State' },
  'floor.filter.queue': { 'es-MX': 'Cola', en: 'Queue' },
  'floor.filter.anyState': { 'es-MX': 'Todos los estados', en: 'Any state' },
  'floor.filter.anyQueue': { 'es-MX': 'Todas las colas', en: 'Any queue' },
  'floor.actions.label': {
    'es-MX': 'Acciones sobre los seleccionados',
    en: 'Actions on the selected operators',
  },
  'floor.actions.none': {
    'es-MX': 'Seleccione operadores (Espacio) para actuar sobre ellos.',
    en: 'Select operators (Space) to act on them.',
  },
  'floor.action.reassign': { 'es-MX': 'Cambiar de cola…', en: 'Reassign…' },
  'floor.action.reassignCommand': {
    'es-MX': 'Cambiar de cola a los operadores seleccionados',
    en: 'Reassign the selected operators',
  },
  'floor.action.break': { 'es-MX': 'Descanso', en: 'Break' },
  'floor.action.offline': { 'es-MX': 'Desconectar', en: 'Offline' },
  'floor.action.available': { 'es-MX': 'Disponible', en: 'Available' },
  'floor.action.sending': { 'es-MX': 'Enviando…', en: 'Sending…' },
  'floor.action.done': {
    'es-MX': '{count, plural, one {# operador actualizado} other {# operadores actualizados}}.',
    en: '{count, plural, one {# operator updated} other {# operators updated}}.',
  },
  'floor.action.failed': {
    'es-MX':
      '{count, plural, one {# operador no se pudo actualizar} other {# operadores no se pudieron actualizar}}: {reason}',
    en: '{count, plural, one {# operator could not be updated} other {# operators could not be updated}}: {reason}',
  },
  'floor.reassign.title': {
    'es-MX': 'Cambiar de cola a {count, plural, one {# operador} other {# operadores}}',
    en: 'Reassign {count, plural, one {# operator} other {# operators}}',
  },
  'floor.reassign.queue': { 'es-MX': 'Cola nueva', en: 'New queue' },
  'floor.reassign.when': { 'es-MX': 'Cuándo', en: 'When' },
  'floor.reassign.now': { 'es-MX': 'Ahora', en: 'Now' },
  'floor.reassign.afterCall': { 'es-MX': 'Al terminar la llamada en curso', en: 'After the current call' },
  'floor.reassign.confirm': { 'es-MX': 'Cambiar de cola', en: 'Reassign' },
  'floor.reassign.cancel': { 'es-MX': 'Cancelar', en: 'Cancel' },
  'floor.reassign.sending': { 'es-MX': 'Enviando…', en: 'Sending…' },
  'floor.reassign.keys': {
    'es-MX': 'Enter confirma · Escape cancela',
    en: 'Enter confirms · Escape cancels',
  },
  'floor.reassign.done': {
    'es-MX': '{count, plural, one {# operador pasa} other {# operadores pasan}} a {queue}.',
    en: '{count, plural, one {# operator moves} other {# operators move}} to {queue}.',
  },
  'floor.locked.title': { 'es-MX': 'Cuentas bloqueadas', en: 'Locked accounts' },
  'floor.locked.loading': { 'es-MX': 'Cargando las cuentas bloqueadas…', en: 'Loading locked accounts…' },
  'floor.locked.failed': {
    'es-MX': 'No se pudieron cargar las cuentas bloqueadas: {reason}',
    en: 'Locked accounts could not be loaded: {reason}',
  },
  'floor.locked.none': {
    'es-MX': 'Ninguna cuenta está bloqueada.',
    en: 'No account is locked.',
  },
  'floor.locked.since': {
    'es-MX': 'Bloqueada el {when} tras {failures} intentos fallidos',
    en: 'Locked {when} after {failures} failed sign-ins',
  },
  'floor.locked.unlock': { 'es-MX': 'Desbloquear', en: 'Unlock' },
  'floor.locked.unlockWho': { 'es-MX': 'Desbloquear a {name}', en: 'Unlock {name}' },
  'floor.locked.adminOnly': {
    'es-MX': 'Solo un administrador puede desbloquearla',
    en: 'Only an administrator can unlock it',
  },
  'floor.locked.unlocked': {
    'es-MX': 'Cuenta de {name} desbloqueada: ya puede iniciar sesión.',
    en: '{name}’s account is unlocked: they can sign in again.',
  },
  'floor.locked.unlockFailed': {
    'es-MX': 'No se pudo desbloquear: {reason}',
    en: 'Could not unlock: {reason}',
  },
});
