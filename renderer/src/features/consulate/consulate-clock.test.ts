import { describe, expect, it } from 'vitest';
import { consulateClock } from './consulate-clock';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('consulateClock', () => {
  it('Phoenix keeps Mountain Standard Time (MST) in January and in July: Arizona has no DST', () => {
    for (const instant of ['2026-01-15T17:42:00.000Z', '2026-07-15T17:42:00.000Z']) {
      const clock = consulateClock(new Date(instant), 'America/Phoenix', 'es-MX');
      expect(plain(clock.time)).toBe('10:42 a.m.');
      expect(clock.zoneName).toBe('hora estándar de la montaña');
      expect(clock.abbreviation).toBe('MST');
      expect(clock.timeZone).toBe('America/Phoenix');
    }
  });

  it('Chicago switches to daylight time (CDT) in summer and back to CST in winter', () => {
    const summer = consulateClock(new Date('2026-07-15T15:42:00.000Z'), 'America/Chicago', 'es-MX');
    expect(plain(summer.time)).toBe('10:42 a.m.');
    expect(summer.zoneName).toMatch(/hora de verano/);
    expect(summer.abbreviation).toBe('CDT');
    const winter = consulateClock(new Date('2026-01-15T15:42:00.000Z'), 'America/Chicago', 'en');
    expect(plain(winter.time)).toBe('9:42 AM');
    expect(winter.zoneName).toBe('Central Standard Time');
    expect(winter.abbreviation).toBe('CST');
  });

  it('changes exactly at the DST switch (Chicago, 8 March 2026, 2:00 a.m.)', () => {
    expect(consulateClock(new Date('2026-03-08T07:59:00.000Z'), 'America/Chicago', 'en').abbreviation).toBe(
      'CST',
    );
    expect(consulateClock(new Date('2026-03-08T08:00:00.000Z'), 'America/Chicago', 'en')).toMatchObject({
      abbreviation: 'CDT',
    });
    expect(plain(consulateClock(new Date('2026-03-08T08:00:00.000Z'), 'America/Chicago', 'en').time)).toBe(
      '3:00 AM',
    );
  });
});
