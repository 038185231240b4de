import { describe, expect, it } from 'vitest';
import type { RunLine } from '../../../../shared/api/practice';
import { groupByTopic, nextUnasked, transcriptOf } from './run-lines';

const line = (index: number, topic: RunLine['topic'], says: string | null = null): RunLine => ({
  index,
  topic,
  ask: { es: `¿Pregunta ${index}?`, en: `Question ${index}?` },
  says,
});

describe("the simulated caller's questions", () => {
  it('are grouped by topic, topics in the order the scenario first uses them', () => {
    const groups = groupByTopic([
      line(0, 'identity'),
      line(1, 'procedure'),
      line(2, 'identity'),
      line(3, 'dates'),
    ]);
    expect(groups.map((g) => [g.topic, g.lines.map((l) => l.index)])).toEqual([
      ['identity', [0, 2]],
      ['procedure', [1]],
      ['dates', [3]],
    ]);
  });

  it('"next question" is the first one not asked yet, and none once all are asked', () => {
    expect(nextUnasked([line(0, 'identity', 'Soy Ana'), line(1, 'curp'), line(2, 'dates')])?.index).toBe(1);
    expect(nextUnasked([line(0, 'identity', 'Soy Ana')])).toBeNull();
  });

  it('the transcript starts with the opening and follows the order the trainee asked in', () => {
    const lines = [line(0, 'identity', 'Soy Ana'), line(1, 'curp', 'AAAA000101MJCXXX09'), line(2, 'dates')];
    const entries = transcriptOf('Buenas tardes', lines, [1, 0], (l) => l.ask.es);
    expect(entries.map((e) => `${e.who}: ${e.text}`)).toEqual([
      'caller: Buenas tardes',
      'trainee: ¿Pregunta 1?',
      'caller: AAAA000101MJCXXX09',
      'trainee: ¿Pregunta 0?',
      'caller: Soy Ana',
    ]);
  });
});
