import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messageEntries } from './catalog';
import { locales } from './locales';

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time)
      into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

describe('message catalogs', () => {
  const entries = Object.entries(messageEntries);

  it('have every message in Spanish and English, none left as a placeholder', () => {
    for (const [id, entry] of entries) {
      for (const locale of locales) {
        expect(entry[locale].trim(), `${id} in ${locale}`).not.toBe('');
        expect(entry[locale], `${id} in ${locale}`).not.toMatch(/^TODO$/);
      }
    }
  });

  it('are valid ICU messages with the same placeholders in both languages', () => {
    for (const [id, entry] of entries) {
      const [es, en] = locales.map((l) => [...argumentsOf(parse(entry[l]))].sort());
      expect(en, `${id}: placeholders differ between languages`).toEqual(es);
    }
  });
});
