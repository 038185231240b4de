import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSULAR_CALENDAR_FILE, loadConsularCalendar } from './consular-calendar-data';
import { datesOfRule } from './library-holidays';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function writeCalendar(edit: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(readFileSync(CONSULAR_CALENDAR_FILE, 'utf8')) as Record<string, unknown>;
  edit(data);
  dir = mkdtempSync(join(tmpdir(), 'calendar-'));
  const file = join(dir, 'consular-calendar.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('the office calendar data file', () => {
  it('parses, cites a source for every day, and lists no one-off closure nobody announced', () => {
    const data = loadConsularCalendar();
    const entries = [
      ...data.mexico.consularDays,
      ...data.mexico.corrections.add,
      ...data.mexico.corrections.drop,
      ...data.canada.add,
      ...data.canada.drop,
    ];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.source.length).toBeGreaterThanOrEqual(10);
    expect(data.closures).toEqual([]);
  });

  it('holds only rules date-holidays can read', () => {
    const data = loadConsularCalendar();
    for (const entry of [...data.mexico.consularDays, ...data.mexico.corrections.add, ...data.canada.add]) {
      // Every rule gives a date in 2026–2030 (1 October every six years: 2030 only).
      expect(
        [2026, 2027, 2028, 2029, 2030].flatMap((year) => datesOfRule(entry.rule, year)).length,
      ).toBeGreaterThan(0);
    }
    expect(() => datesOfRule('the second full moon of spring', 2027)).toThrow(/cannot read the rule/);
  });

  it('refuses a day without a source or a bad closure date, naming the file and the place', () => {
    const noSource = writeCalendar((data) => {
      (data.mexico as { consularDays: { source?: string }[] }).consularDays[0]!.source = undefined;
    });
    expect(() => loadConsularCalendar(noSource)).toThrow(
      new RegExp(`${noSource.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[\\s\\S]*consularDays`),
    );
    const badClosure = writeCalendar((data) => {
      data.closures = [
        {
          date: '2027-02-30',
          consulates: ['PHX'],
          name: { es: 'Cierre', en: 'Closure' },
          source: 'An announcement of the consulate',
        },
      ];
    });
    expect(() => loadConsularCalendar(badClosure)).toThrow(/closures/);
  });
});
