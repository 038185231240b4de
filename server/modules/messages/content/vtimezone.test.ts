import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { offsetMinutes } from '../../../../shared/domain/time/zoned-time';
import { vtimezoneLines, zoneTransitions } from './vtimezone';

const ZONES = [
  'America/Los_Angeles',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Toronto',
  'America/Vancouver',
];
const AROUND = new Date('2027-06-01T12:00:00Z');

/** RFC 5545: an observance's DTSTART is the onset on the clock of TZOFFSETFROM. */
function onsets(lines: string[], explicitYears?: number[]) {
  const component = new ICAL.Component(ICAL.parse(`${lines.join('\r\n')}\r\n`));
  const result: { at: string; from: number; to: number; kind: string }[] = [];
  for (const observance of [
    ...component.getAllSubcomponents('standard'),
    ...component.getAllSubcomponents('daylight'),
  ]) {
    const start = observance.getFirstPropertyValue('dtstart') as ICAL.Time;
    const from = (observance.getFirstPropertyValue('tzoffsetfrom') as ICAL.UtcOffset).toSeconds();
    const to = (observance.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset).toSeconds();
    const rrule = observance.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const localStarts: ICAL.Time[] = [];
    if (rrule) {
      const iterator = rrule.iterator(start);
      for (
        let next = iterator.next();
        next && next.year <= (explicitYears?.at(-1) ?? 2028);
        next = iterator.next()
      )
        localStarts.push(next.clone());
    } else localStarts.push(start);
    for (const local of localStarts) {
      const wallUtc = Date.UTC(
        local.year,
        local.month - 1,
        local.day,
        local.hour,
        local.minute,
        local.second,
      );
      result.push({
        at: new Date(wallUtc - from * 1000).toISOString(),
        from: from / 60,
        to: to / 60,
        kind: observance.name,
      });
    }
  }
  return result.sort((a, b) => a.at.localeCompare(b.at));
}

describe('VTIMEZONE from the zone data', () => {
  for (const zone of ZONES) {
    for (const explicitOnly of [false, true]) {
      it(`${zone}: each observance begins at the instant the zone's offset really changes (${explicitOnly ? 'explicit' : 'yearly rules'})`, () => {
        const found = onsets(vtimezoneLines(zone, AROUND, { explicitOnly }), [2026, 2027, 2028]);
        if (zone === 'America/Phoenix') {
          expect(found).toEqual([{ at: '1970-01-01T07:00:00.000Z', from: -420, to: -420, kind: 'standard' }]);
          return;
        }
        // Two changes a year, 2026 to 2028.
        expect(found).toHaveLength(6);
        for (const change of found) {
          const at = Date.parse(change.at);
          expect(offsetMinutes(new Date(at - 60_000), zone)).toBe(change.from);
          expect(offsetMinutes(new Date(at), zone)).toBe(change.to);
          expect(change.kind).toBe(change.to > change.from ? 'daylight' : 'standard');
        }
        const real = zoneTransitions(
          zone,
          new Date('2026-01-01T00:00:00Z'),
          new Date('2029-01-01T00:00:00Z'),
        );
        expect(found.map((c) => c.at)).toEqual(real.map((c) => c.at.toISOString()));
      });
    }
  }

  it('finds the 2027 US changes to the minute: 14 March 2:00 and 7 November 2:00, local', () => {
    const changes = zoneTransitions(
      'America/Chicago',
      new Date('2027-01-01T00:00:00Z'),
      new Date('2028-01-01T00:00:00Z'),
    );
    expect(changes.map((c) => [c.at.toISOString(), c.offsetFrom, c.offsetTo])).toEqual([
      ['2027-03-14T08:00:00.000Z', -360, -300],
      ['2027-11-07T07:00:00.000Z', -300, -360],
    ]);
  });

  it('writes the US rule as RRULEs only because it matches every year found; a last-Sunday rule is -1SU', () => {
    const chicago = vtimezoneLines('America/Chicago', AROUND).join('\n');
    expect(chicago).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    );
    expect(chicago).toContain(
      'BEGIN:STANDARD\nDTSTART:20261101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    );
    // Europe's last Sundays (29 March 2026 is the fifth Sunday, 28 March 2027 the fourth): one rule fits.
    const london = vtimezoneLines('Europe/London', AROUND).join('\n');
    expect(london).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(london).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('gives a zone without changes one STANDARD observance with its fixed offset', () => {
    expect(vtimezoneLines('America/Phoenix', AROUND)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Phoenix',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0700',
      'TZOFFSETTO:-0700',
      'TZNAME:MST',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
