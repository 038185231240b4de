import { describe, expect, it } from 'vitest';
import { foldForSearch } from './normalize';
import { soundKey } from './spanish-sounds';

const key = (name: string) => soundKey(foldForSearch(name));

describe('soundKey', () => {
  it('gives spellings heard alike on the phone the same key', () => {
    const alike: [string, string][] = [
      ['Gonzales', 'González'],
      ['Valdés', 'Baldez'],
      ['Llescas', 'Yescas'],
      ['Hernández', 'Ernandes'],
      ['Jiménez', 'Giménez'],
      ['Guerrero', 'Guerero'],
      ['Cervantes', 'Servantes'],
      ['Quintero', 'Kintero'],
      ['Carrillo', 'Cariyo'],
      ['Saavedra', 'Savedra'],
      ['Eloy', 'Eloi'],
      ['Zúñiga', 'Suniga'],
      ['Ramon', 'Ramón'],
    ];
    for (const [a, b] of alike) expect(key(a), `${a} ~ ${b}`).toBe(key(b));
  });

  it('keeps words that sound different apart', () => {
    const apart: [string, string][] = [
      ['Ramón', 'Román'],
      ['Gonzalo', 'González'],
      ['Chávez', 'Cavez'],
      ['Gerardo', 'Guerardo'],
      ['Rosa', 'Rocha'],
      ['Mejía', 'Mexía'],
    ];
    for (const [a, b] of apart) expect(key(a), `${a} ≁ ${b}`).not.toBe(key(b));
  });

  it('reads hard and soft C and G by the next letter', () => {
    expect(key('Cecilia')).toBe('SESILIA');
    expect(key('Guillermo')).toBe('GIYERMO');
    expect(key('Gerardo')).toBe('JERARDO');
    expect(key('Quique')).toBe('KIKE');
    expect(key('')).toBe('');
  });
});
