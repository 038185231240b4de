import type { Floor, FloorOperator, OperatorState } from '../../../../../shared/api/floor/floor';

const states: OperatorState[] = ['available', 'on_call', 'wrap_up', 'break', 'offline'];
const given = [
  'Ana',
  'Bruno',
  'Carmen',
  'Diego',
  'Elena',
  'Fausto',
  'Gabriela',
  'Héctor',
  'Inés',
  'Julián',
  'Karla',
  'Lázaro',
  'Mónica',
  'Néstor',
  'Olga',
  'Pável',
  'Quetzalli',
  'Raúl',
  'Sofía',
  'Tomás',
];
const surnames = [
  'Ávila',
  'Barrera',
  'Cisneros',
  'Domínguez',
  'Espinoza',
  'Fuentes',
  'Guerrero',
  'Hinojosa',
  'Ibarra',
  'Jiménez',
  'Leyva',
  'Múñoz',
  'Nava',
  'Ortega',
  'Peña',
  'Quiroga',
  'Rosales',
  'Salinas',
  'Tapia',
  'Urías',
];

/**
 * A floor of `count` operators made up for tests of the table alone (the demo seed has 40): names,
 * states, queues and figures vary by index, deterministically; times in state are up to 37 minutes.
 */
export function syntheticFloor(
  count: number,
  queueIds: readonly string[],
  at = new Date().toISOString(),
): Floor {
  const operators: FloorOperator[] = Array.from({ length: count }, (_, i) => ({
    userId: `syn_${String(i).padStart(4, '0')}`,
    username: `sintetico${i}`,
    displayName: `${given[i % given.length]} ${surnames[Math.floor(i / given.length) % surnames.length]} ${i}`,
    state: states[i % states.length] as OperatorState,
    since: new Date(Date.parse(at) - (i % 37) * 61_000).toISOString(),
    reason: 'console',
    consoles: i % 5 === 4 ? 0 : 1,
    practiceConsoles: 0,
    pendingState: null,
    queueId: queueIds.length ? (queueIds[i % queueIds.length] as string) : null,
    reassignment: null,
    callsToday: (i * 7) % 23,
    bookingsToday: (i * 3) % 11,
    avgHandleSeconds: i % 9 === 0 ? null : 120 + ((i * 13) % 300),
    onShift: i % 6 !== 5,
  }));
  return { at, day: at.slice(0, 10), operators };
}
