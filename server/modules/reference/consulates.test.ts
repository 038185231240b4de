import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consulateById, consulates } from './consulates';

// The reference list sits outside the repository: at ../shared/reference in CI, next to the work tree.
const CSV_CANDIDATES = [
  '../../../../shared/reference/consulates.csv',
  '../../../shared/reference/consulates.csv',
].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const csvPath = CSV_CANDIDATES.find((p) => existsSync(p));

describe('consulates', () => {
  it('lists the 57 offices, 52 in the US and 5 in Canada, with unique ids', () => {
    expect(consulates).toHaveLength(57);
    expect(new Set(consulates.map((c) => c.id)).size).toBe(57);
    expect(consulates.filter((c) => c.country === 'US')).toHaveLength(52);
    expect(consulates.filter((c) => c.country === 'CA')).toHaveLength(5);
  });

  it('names each office after its city and gives it a valid time zone and size', () => {
    for (const c of consulates) {
      expect(c.id).toMatch(/^[A-Z]{3}$/);
      expect(c.name).toBe(`Consulado de México en ${c.city}`);
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: c.timeZone })).not.toThrow();
      expect(['large', 'medium', 'small']).toContain(c.size);
    }
    expect(consulates.filter((c) => c.size === 'large').map((c) => c.id)).toEqual(
      expect.arrayContaining(['LAX', 'CHI', 'HOU', 'DAL', 'SAT', 'PHX', 'NYC']),
    );
  });

  it('keeps the time-zone exceptions of the reference notes', () => {
    for (const id of ['PHX', 'TUS', 'NOG', 'DGL', 'YUM'])
      expect(consulateById(id)?.timeZone).toBe('America/Phoenix');
    expect(consulateById('ELP')?.timeZone).toBe('America/Denver');
    expect(consulateById('BOI')?.timeZone).toBe('America/Boise');
    expect(consulateById('DET')?.timeZone).toBe('America/Detroit');
    expect(consulateById('IND')?.timeZone).toBe('America/Indiana/Indianapolis');
  });

  it('finds a consulate by id', () => {
    expect(consulateById('PHX')).toMatchObject({ city: 'Phoenix', region: 'AZ', country: 'US' });
    expect(consulateById('YVR')).toMatchObject({
      city: 'Vancouver',
      country: 'CA',
      timeZone: 'America/Vancouver',
    });
    expect(consulateById('XXX')).toBeUndefined();
  });

  it.skipIf(csvPath === undefined)(
    `matches shared/reference/consulates.csv row for row${csvPath === undefined ? ' (SKIPPED: the CSV was not found next to the repository)' : ''}`,
    () => {
      const [header, ...lines] = readFileSync(csvPath as string, 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(header).toBe('code,city,region,country,time_zone');
      const rows = lines.map((line) => {
        const [id, city, region, country, timeZone] = line.split(',');
        return { id, city, region, country, timeZone };
      });
      expect(
        consulates.map(({ id, city, region, country, timeZone }) => ({
          id,
          city,
          region,
          country,
          timeZone,
        })),
      ).toEqual(rows);
    },
  );
});
