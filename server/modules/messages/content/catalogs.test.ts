import { describe, expect, it } from 'vitest';
import { catalogEn } from './catalog-en';
import { catalogEs } from './catalog-es';
import { fill } from './notice-format';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the notice catalogs', () => {
  it('have the same keys in Spanish and English, and no empty entry', () => {
    expect(Object.keys(catalogEn).sort()).toEqual(Object.keys(catalogEs).sort());
    for (const catalog of [catalogEs, catalogEn])
      for (const [key, value] of Object.entries(catalog))
        expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(catalogEs) as (keyof typeof catalogEs)[])
      expect({ key, placeholders: placeholders(catalogEn[key]) }).toEqual({
        key,
        placeholders: placeholders(catalogEs[key]),
      });
  });

  it('are filled strictly: a placeholder without a value throws instead of reaching an applicant', () => {
    expect(fill('Hola {name}', { name: 'Ana' })).toBe('Hola Ana');
    expect(() => fill('Hola {name}', {})).toThrow(/\{name\}/);
  });
});
