import { describe, expect, it } from 'vitest';
import { filterCommands, type PaletteItem } from './filter-commands';

const items: PaletteItem<string>[] = [
  { command: 'lang', label: 'Cambiar a inglés', keys: 'Alt+L' },
  { command: 'consulate', label: 'Consulado', keys: 'Alt+3' },
  { command: 'hold', label: 'Apartar el lugar', keys: 'Alt+H' },
  { command: 'release', label: 'Liberar el lugar apartado', keys: 'Alt+X' },
];
const commands = (query: string) => filterCommands(items, query).map((i) => i.command);

describe('filterCommands', () => {
  it('keeps every command for an empty query', () => {
    expect(commands('')).toEqual(['lang', 'consulate', 'hold', 'release']);
  });

  it('ignores accents and case', () => {
    expect(commands('INGLES')).toEqual(['lang']);
    expect(commands('inglés')).toEqual(['lang']);
  });

  it('needs every typed word, in any order, and puts labels starting with the query first', () => {
    expect(commands('lugar apartado')).toEqual(['release']);
    expect(commands('apar')).toEqual(['hold', 'release']);
    expect(commands('lugar')).toEqual(['hold', 'release']);
  });

  it('finds a command by its shortcut', () => {
    expect(commands('alt+3')).toEqual(['consulate']);
  });

  it('finds nothing for an unknown word', () => {
    expect(commands('imprimir')).toEqual([]);
  });
});
