import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoQueues } from '../../seed/demo-queues';
import {
  checkRulesAgainstQueues,
  DEFAULT_ROUTING_RULES_FILE,
  loadRoutingRules,
  parseRoutingRules,
  RoutingRulesFileError,
} from './routing-rules-file';

const fileWith = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'rules-')), 'rules.json');
  writeFileSync(path, text);
  return path;
};

describe('the routing rules file', () => {
  it('shipped with the server parses and names only the demo queues', async () => {
    const { rules, path } = await loadRoutingRules();
    expect(path).toBe(DEFAULT_ROUTING_RULES_FILE);
    expect(() =>
      checkRulesAgainstQueues(
        path,
        rules,
        demoQueues.map((q) => q.id),
      ),
    ).not.toThrow();
    expect(rules.languageSkills).toEqual({ es: 'es', en: 'en' });
  });

  it('that is not JSON stops the start naming the file', async () => {
    const path = fileWith('{ nope');
    await expect(loadRoutingRules(path)).rejects.toThrow(RoutingRulesFileError);
    await expect(loadRoutingRules(path)).rejects.toThrow(`Routing rules ${path} cannot be used: not JSON`);
  });

  it('that is missing stops the start naming the file', async () => {
    await expect(loadRoutingRules('/nonexistent/rules.json')).rejects.toThrow(
      'Routing rules /nonexistent/rules.json cannot be used: cannot be read',
    );
  });

  it('that breaks the schema names each problem with its place', () => {
    expect(() =>
      parseRoutingRules('r.json', JSON.stringify({ defaultQueue: 'q-a', languageSkills: { es: 'es' } })),
    ).toThrow('Routing rules r.json cannot be used: languageSkills.en:');
  });

  it('naming a queue that does not exist stops the start once queues exist', () => {
    const rules = parseRoutingRules(
      'r.json',
      JSON.stringify({
        defaultQueue: 'q-a',
        languageSkills: { es: 'es', en: 'en' },
        ivrChoices: { '1': 'q-gone' },
      }),
    );
    expect(() => checkRulesAgainstQueues('r.json', rules, ['q-a', 'q-b'])).toThrow(
      'Routing rules r.json cannot be used: names queues that do not exist: q-gone',
    );
    // A database without queues (no demo seed yet) has nothing to check against.
    expect(() => checkRulesAgainstQueues('r.json', rules, [])).not.toThrow();
  });
});
