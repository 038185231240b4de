import { describe, expect, it } from 'vitest';
import { filterOperators, nextSort, noFilter, sortOperators } from './floor-rows';
import { syntheticFloor } from './testing/synthetic-floor';

const floor = syntheticFloor(60, ['q_a', 'q_b', 'q_c']);
const collator = new Intl.Collator('es-MX', { sensitivity: 'base' });
const queueName = (id: string | null) =>
  ({ q_a: 'Arizona', q_b: 'California', q_c: 'Texas' })[id ?? ''] ?? '';

describe('filtering the floor', () => {
  it('finds operators by name or username, without minding accents or case', () => {
    const hector = filterOperators(floor.operators, { ...noFilter, text: 'hector' });
    expect(hector.length).toBeGreaterThan(0);
    expect(hector.every((o) => o.displayName.startsWith('Héctor'))).toBe(true);
    expect(
      filterOperators(floor.operators, { ...noFilter, text: 'SINTETICO12' }).map((o) => o.username),
    ).toEqual(['sintetico12']);
  });

  it('narrows by state and queue together, and keeps the list as is with no filter', () => {
    const onBreakInTexas = filterOperators(floor.operators, { text: '', state: 'break', queueId: 'q_c' });
    expect(onBreakInTexas.length).toBeGreaterThan(0);
    expect(onBreakInTexas.every((o) => o.state === 'break' && o.queueId === 'q_c')).toBe(true);
    expect(filterOperators(floor.operators, noFilter)).toBe(floor.operators);
  });
});

describe('sorting the floor', () => {
  it('orders by name, and the same header again reverses it', () => {
    const sort = nextSort({ column: 'calls', direction: 'ascending' }, 'name');
    expect(sort).toEqual({ column: 'name', direction: 'ascending' });
    const names = sortOperators(floor.operators, sort, queueName, collator).map((o) => o.displayName);
    expect(names).toEqual([...names].sort(collator.compare));
    const reversed = sortOperators(floor.operators, nextSort(sort, 'name'), queueName, collator).map(
      (o) => o.displayName,
    );
    expect(reversed).toEqual([...names].reverse());
  });

  it('orders by calls today, with ties by name, so the order stays put as rows change', () => {
    const rows = sortOperators(
      floor.operators,
      { column: 'calls', direction: 'descending' },
      queueName,
      collator,
    );
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.callsToday).toBeGreaterThanOrEqual(rows[i]!.callsToday);
  });

  it('puts the longest in a state first, states in the floor’s order, and unknown averages last', () => {
    const bySince = sortOperators(
      floor.operators,
      { column: 'since', direction: 'ascending' },
      queueName,
      collator,
    );
    expect(Date.parse(bySince[0]!.since)).toBe(Math.min(...floor.operators.map((o) => Date.parse(o.since))));
    const byState = sortOperators(
      floor.operators,
      { column: 'state', direction: 'ascending' },
      queueName,
      collator,
    );
    expect(byState[0]!.state).toBe('available');
    expect(byState[byState.length - 1]!.state).toBe('offline');
    const byAvg = sortOperators(
      floor.operators,
      { column: 'avgHandle', direction: 'ascending' },
      queueName,
      collator,
    );
    expect(byAvg[byAvg.length - 1]!.avgHandleSeconds).toBeNull();
  });

  it('orders by queue name, not by id', () => {
    const rows = sortOperators(
      floor.operators,
      { column: 'queue', direction: 'descending' },
      queueName,
      collator,
    );
    expect(queueName(rows[0]!.queueId)).toBe('Texas');
  });
});
