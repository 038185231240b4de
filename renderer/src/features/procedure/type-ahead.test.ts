import { describe, expect, it } from 'vitest';
import { typeAheadIndex } from './type-ahead';

const names = [
  'Pasaporte por primera vez',
  'Renovación de pasaporte',
  'Pasaporte para menores',
  'Matrícula consular',
  'Poder notarial',
  'Visa',
];

describe('typeAheadIndex', () => {
  it('jumps to the next option starting with the letter, ignoring case and accents', () => {
    expect(typeAheadIndex(names, 'm', 0)).toBe(3);
    expect(typeAheadIndex(names, 'V', 0)).toBe(5);
    expect(typeAheadIndex(names, 'r', 4)).toBe(1);
  });

  it('cycles through options with the same first letter when the letter repeats', () => {
    expect(typeAheadIndex(names, 'p', 0)).toBe(2);
    expect(typeAheadIndex(names, 'pp', 2)).toBe(4);
    expect(typeAheadIndex(names, 'ppp', 4)).toBe(0);
  });

  it('narrows with a longer prefix and keeps the active option when it still matches', () => {
    expect(typeAheadIndex(names, 'po', 0)).toBe(4);
    expect(typeAheadIndex(names, 'pas', 0)).toBe(0);
    expect(typeAheadIndex(names, 'matri', 0)).toBe(3);
  });

  it('returns null when nothing matches', () => {
    expect(typeAheadIndex(names, 'x', 0)).toBeNull();
    expect(typeAheadIndex(names, '', 0)).toBeNull();
    expect(typeAheadIndex([], 'p', 0)).toBeNull();
  });
});
