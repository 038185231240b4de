import { describe, expect, it } from 'vitest';
import { femaleGivenNames, maleGivenNames, surnames, type WeightedName } from './mexican-names';

const values = (list: readonly WeightedName[]) => list.map((n) => n.value);

describe('Mexican name lists', () => {
  it('are large enough, without duplicates, with positive weights, in NFC', () => {
    for (const [list, min] of [
      [femaleGivenNames, 120],
      [maleGivenNames, 120],
      [surnames, 250],
    ] as const) {
      expect(list.length).toBeGreaterThanOrEqual(min);
      expect(new Set(values(list)).size).toBe(list.length);
      for (const { value, weight } of list) {
        expect(weight).toBeGreaterThan(0);
        expect(value).toBe(value.normalize('NFC'));
        expect(value).toMatch(/^[\p{Lu}][\p{L} ]*$/u);
      }
    }
  });

  it('spell accents, ñ, compound given names and surnames with particles', () => {
    expect(values(maleGivenNames)).toEqual(
      expect.arrayContaining(['José', 'Jesús', 'Raúl', 'José Luis', 'Juan Carlos', 'José de Jesús']),
    );
    expect(values(femaleGivenNames)).toEqual(
      expect.arrayContaining([
        'María',
        'Verónica',
        'Inés',
        'María Guadalupe',
        'Ana María',
        'María de los Ángeles',
      ]),
    );
    expect(values(surnames)).toEqual(
      expect.arrayContaining([
        'Hernández',
        'Muñoz',
        'Núñez',
        'Peña',
        'Ibáñez',
        'Ordóñez',
        'Patiño',
        'Treviño',
        'Zúñiga',
        'Montaño',
      ]),
    );
    expect(values(surnames)).toEqual(
      expect.arrayContaining([
        'De la Cruz',
        'Del Ángel',
        'De León',
        'De la Rosa',
        'Ponce de León',
        'De los Santos',
      ]),
    );
  });

  it('weights the commonest surnames highest', () => {
    const sorted = [...surnames]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 5)
      .map((n) => n.value);
    expect(sorted).toEqual(['Hernández', 'García', 'Martínez', 'López', 'González']);
  });
});
