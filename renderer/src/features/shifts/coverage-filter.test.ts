import { describe, expect, it } from 'vitest';
import { filterCounts, filterOperators, type CoverageOperator } from './coverage-filter';

const op = (
  displayName: string,
  scheduledNow: boolean,
  state: CoverageOperator['state'],
): CoverageOperator => ({
  userId: displayName.toLowerCase(),
  displayName,
  queueId: null,
  shift: scheduledNow ? { start: '08:00', end: '16:00' } : null,
  scheduledNow,
  state,
});

const floor = [
  op('Zoila', true, 'offline'),
  op('Ana', true, 'on_call'),
  op('Beto', false, 'available'),
  op('Ciro', false, 'offline'),
  op('Dora', false, 'break'),
];

describe('the shift table’s filters', () => {
  it('"missing" keeps who should be on the phones now but is offline', () => {
    expect(filterOperators(floor, 'missing', 'es-MX').map((o) => o.displayName)).toEqual(['Zoila']);
  });

  it('"unscheduled" keeps who is logged in now (any state but offline) without a shift now', () => {
    expect(filterOperators(floor, 'unscheduled', 'es-MX').map((o) => o.displayName)).toEqual([
      'Beto',
      'Dora',
    ]);
  });

  it('"all" keeps everyone, by name, and the counts label each filter', () => {
    expect(filterOperators(floor, 'all', 'es-MX').map((o) => o.displayName)).toEqual([
      'Ana',
      'Beto',
      'Ciro',
      'Dora',
      'Zoila',
    ]);
    expect(filterCounts(floor)).toEqual({ all: 5, missing: 1, unscheduled: 2 });
  });
});

describe('the order of the operators', () => {
  it('puts Operador 2 before Operador 10, as a person reads numbers', () => {
    const row = (displayName: string) => ({
      userId: displayName,
      displayName,
      queueId: null,
      shift: null,
      scheduledNow: false,
      state: 'offline' as const,
    });
    const names = filterOperators(
      [row('Operador 10'), row('Operador 2'), row('Operador 1')],
      'all',
      'es-MX',
    ).map((o) => o.displayName);
    expect(names).toEqual(['Operador 1', 'Operador 2', 'Operador 10']);
  });
});
