import { describe, expect, it } from 'vitest';
import {
  chooseQueue,
  dialledNumberKey,
  firstOverflow,
  queuesNamed,
  queuesOfferedTo,
  RoutingRules,
} from './routing-rules';

const rules = RoutingRules.parse({
  defaultQueue: 'q-default',
  ivrChoices: { '1': 'q-passports', '2': 'q-civil' },
  dialledNumbers: { '+18005550100': 'q-canada' },
  languageSkills: { es: 'es', en: 'en' },
  overflow: {
    'q-passports': [
      { afterSeconds: 120, queueId: 'q-default' },
      { afterSeconds: 60, queueId: 'q-civil' },
    ],
  },
});

describe('chooseQueue', () => {
  it('follows the IVR choice first, then the number dialled, then the default', () => {
    expect(chooseQueue(rules, { ivrChoice: '2', to: '+18005550100' })).toBe('q-civil');
    expect(chooseQueue(rules, { to: '+18005550100' })).toBe('q-canada');
    expect(chooseQueue(rules, { ivrChoice: '9', to: '+18005550199' })).toBe('q-default');
    expect(chooseQueue(rules, {})).toBe('q-default');
  });
});

describe('queuesOfferedTo', () => {
  const call = { queueId: 'q-passports', arrivedAt: '2027-01-04T15:00:00.000Z' };
  const after = (seconds: number) => new Date(Date.parse(call.arrivedAt) + seconds * 1000);

  it('is the own queue until the first overflow time, then adds the targets in order of their times', () => {
    expect(queuesOfferedTo(rules, call, after(59))).toEqual(['q-passports']);
    expect(queuesOfferedTo(rules, call, after(60))).toEqual(['q-passports', 'q-civil']);
    expect(queuesOfferedTo(rules, call, after(600))).toEqual(['q-passports', 'q-civil', 'q-default']);
  });

  it('is only the own queue for a queue without overflow', () => {
    expect(queuesOfferedTo(rules, { ...call, queueId: 'q-civil' }, after(9999))).toEqual(['q-civil']);
  });

  it('names the first overflow instant', () => {
    expect(firstOverflow(rules, call)).toEqual({ at: '2027-01-04T15:01:00.000Z', queueId: 'q-civil' });
    expect(firstOverflow(rules, { ...call, queueId: 'q-civil' })).toBeNull();
  });
});

describe('RoutingRules', () => {
  it('lists every queue it names', () => {
    expect(queuesNamed(rules)).toEqual(['q-canada', 'q-civil', 'q-default', 'q-passports']);
  });

  it('refuses bad digits and numbers not in E.164, naming them', () => {
    const bad = RoutingRules.safeParse({
      defaultQueue: 'q-a',
      ivrChoices: { x1: 'q-a' },
      dialledNumbers: { '800 555': 'q-a' },
      languageSkills: { es: 'es', en: 'en' },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'ivrChoices.x1',
      'dialledNumbers.800 555',
    ]);
  });

  it('refuses a queue overflowing to itself', () => {
    const bad = RoutingRules.safeParse({
      defaultQueue: 'q-a',
      languageSkills: { es: 'es', en: 'en' },
      overflow: { 'q-a': [{ afterSeconds: 10, queueId: 'q-a' }] },
    });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['overflow.q-a.0.queueId', 'a queue cannot overflow to itself'],
    ]);
  });

  it('refuses a file without a default queue or language skills', () => {
    expect(RoutingRules.safeParse({ ivrChoices: {} }).success).toBe(false);
  });
});

describe('dialledNumberKey', () => {
  it('spells a North American number in E.164 however it was written, toll-free included', () => {
    expect(dialledNumberKey('(844) 555-0101')).toBe('+18445550101');
    expect(dialledNumberKey('1-844-555-0101')).toBe('+18445550101');
    expect(dialledNumberKey('+1 844 555 0101')).toBe('+18445550101');
    expect(dialledNumberKey('+52 55 1234 5678')).toBe('+525512345678');
  });

  it('leaves what is not a number as it came', () => {
    expect(dialledNumberKey(' sip:line@example.org ')).toBe('sip:line@example.org');
  });
});
