import { describe, expect, it } from 'vitest';
import type { Queue } from '../../../../shared/api/floor/queues';
import { servesFirst, shortList } from './queue-summary';

const texas: Queue = {
  id: 'q_texas',
  name: { es: 'Texas', en: 'Texas' },
  kind: 'region',
  servesFirst: { consulateIds: ['DAL', 'HOU', 'SAT', 'AUS', 'ELP', 'MCA'], procedureIds: [] },
};
const passports: Queue = {
  id: 'q_passports',
  name: { es: 'Pasaportes', en: 'Passports' },
  kind: 'procedure_family',
  servesFirst: { consulateIds: [], procedureIds: ['passport-first', 'passport-renewal'] },
};

describe('what a queue serves first', () => {
  it('names a region queue by its consulates’ codes, cut short in the chip', () => {
    expect(shortList(servesFirst(texas, (id) => id))).toBe('DAL, HOU, SAT, AUS, …');
    expect(
      shortList(
        servesFirst(texas, (id) => id),
        10,
      ),
    ).toBe('DAL, HOU, SAT, AUS, ELP, MCA');
  });

  it('names a service queue by the services’ names in the operator’s language', () => {
    const names: Record<string, string> = {
      'passport-first': 'Pasaporte por primera vez',
      'passport-renewal': 'Renovación de pasaporte',
    };
    expect(shortList(servesFirst(passports, (id) => names[id] ?? id))).toBe(
      'Pasaporte por primera vez, Renovación de pasaporte',
    );
  });
});
