import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { consulates } from '../../reference';
import { icsProblems } from './ics-structure';
import { noticeCalendar } from './notice-calendar';
import { noticeSnapshot, type FixtureConsulate } from './notice-fixtures';

/** The file's event, with its start and end turned into UTC by the file's own VTIMEZONE (ical.js). */
function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const zones = calendar.getAllSubcomponents('vtimezone');
  expect(zones).toHaveLength(1);
  const zone = new ICAL.Timezone(zones[0]!);
  const event = calendar.getFirstSubcomponent('vevent')!;
  const inZone = (name: string) => {
    const property = event.getFirstProperty(name)!;
    const local = property.getFirstValue() as ICAL.Time;
    // A wall time the zone shows twice is written in UTC (see notice-calendar.ts).
    if (property.getParameter('tzid') === undefined) {
      expect(local.zone).toBe(ICAL.Timezone.utcTimezone);
      return new Date(local.toUnixTime() * 1000).toISOString();
    }
    expect(property.getParameter('tzid')).toBe(zone.tzid);
    const time = ICAL.Time.fromData(
      {
        year: local.year,
        month: local.month,
        day: local.day,
        hour: local.hour,
        minute: local.minute,
        second: local.second,
      },
      zone,
    );
    return new Date(time.toUnixTime() * 1000).toISOString();
  };
  return {
    calendar,
    event,
    zone,
    method: calendar.getFirstPropertyValue('method'),
    start: inZone('dtstart'),
    end: inZone('dtend'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    alarms: event.getAllSubcomponents('valarm'),
  };
}

const ZONES: FixtureConsulate[] = ['LAX', 'CHI', 'ELP', 'PHX', 'YYZ', 'YVR'];
// The 2027 changes (14 March forward, 7 November back) and the days either side.
const DAYS = ['2027-03-13', '2027-03-14', '2027-03-15', '2027-11-06', '2027-11-07', '2027-11-08'];
// 03:30 on the 14th is the hour just after the gap; 01:30 on 7 November is the hour that repeats.
const TIMES = ['01:30', '03:30', '09:00', '16:45'];

// Hundreds of files parsed with ical.js per test: seconds on a busy machine, not a timed assertion.
describe(
  'the calendar file opens at the right instant across the 2027 DST changes',
  { timeout: 60_000 },
  () => {
    for (const consulate of ZONES) {
      for (const explicitOnly of [false, true]) {
        it(`${consulate}: every event on and around the change days converts back to the snapshot's start and end (${explicitOnly ? 'explicit transitions' : 'yearly rules'})`, () => {
          for (const date of DAYS) {
            for (const time of TIMES) {
              const snapshot = noticeSnapshot({ consulate, date, time, minutes: 90 });
              const file = noticeCalendar(snapshot, { explicitOnly })!;
              expect(icsProblems(file.content)).toEqual([]);
              const parsed = parse(file.content);
              expect({ date, time, start: parsed.start, end: parsed.end }).toEqual({
                date,
                time,
                start: snapshot.appointment.start,
                end: snapshot.appointment.end,
              });
            }
          }
        });
      }
    }

    it('opens at the snapshot’s instant for any time of 2026–2028 in the zone of every one of the 57 consulates', () => {
      const zones = [...new Set(consulates.map((c) => c.timeZone))];
      expect(zones).toContain('America/Boise');
      const from = Date.parse('2026-01-01T00:00:00Z');
      const to = Date.parse('2029-01-01T00:00:00Z');
      fc.assert(
        fc.property(
          fc.constantFrom(...zones),
          fc.integer({ min: 0, max: (to - from) / 60_000 }),
          fc.integer({ min: 15, max: 240 }),
          (timeZone, minute, minutes) => {
            const start = new Date(from + minute * 60_000).toISOString();
            const end = new Date(from + (minute + minutes) * 60_000).toISOString();
            const base = noticeSnapshot();
            const snapshot = {
              ...base,
              consulate: { ...base.consulate, timeZone },
              appointment: { ...base.appointment, start, end },
            };
            const file = noticeCalendar(snapshot)!;
            expect(icsProblems(file.content)).toEqual([]);
            const parsed = parse(file.content);
            expect([parsed.start, parsed.end]).toEqual([start, end]);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('writes the wall time of the consulate, not UTC: 09:00 in Phoenix is DTSTART;TZID=America/Phoenix:…T090000', () => {
      const file = noticeCalendar(noticeSnapshot({ consulate: 'PHX', date: '2027-03-15', time: '09:00' }))!;
      expect(file.content).toContain('DTSTART;TZID=America/Phoenix:20270315T090000\r\n');
      expect(file.content).toContain('DTEND;TZID=America/Phoenix:20270315T093000\r\n');
    });

    it('writes the hour that repeats when clocks fall back in UTC, so both 1:30s open at their own instant', () => {
      for (const start of ['2027-11-07T08:30:00.000Z', '2027-11-07T09:30:00.000Z']) {
        const snapshot = noticeSnapshot({
          consulate: 'LAX',
          appointment: { start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() },
        });
        const content = noticeCalendar(snapshot)!.content;
        expect(content).toContain(`DTSTART:${start.replace(/[-:]/g, '').slice(0, 15)}Z\r\n`);
        expect(parse(content).start).toBe(start);
      }
      // 2:00 the same night is shown once: it keeps its TZID.
      const after = noticeCalendar(noticeSnapshot({ consulate: 'LAX', date: '2027-11-07', time: '02:00' }))!;
      expect(after.content).toContain('DTSTART;TZID=America/Los_Angeles:20271107T020000\r\n');
    });

    it('gives Arizona only standard time, and Los Angeles both observances with the US rule', () => {
      const phoenix = parse(noticeCalendar(noticeSnapshot({ consulate: 'PHX' }))!.content);
      const phoenixZone = phoenix.calendar.getFirstSubcomponent('vtimezone')!;
      expect(phoenixZone.getAllSubcomponents('daylight')).toHaveLength(0);
      expect(phoenixZone.getAllSubcomponents('standard')).toHaveLength(1);
      expect(
        phoenixZone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString(),
      ).toBe('-07:00');

      const content = noticeCalendar(noticeSnapshot({ consulate: 'LAX' }))!.content;
      expect(content).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
      expect(content).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    });
  },
);

describe('one event for the appointment’s life', () => {
  const uid = 'apt-0007@miconsulado';
  const series = [
    noticeSnapshot({
      kind: 'booked',
      date: '2027-03-12',
      appointment: { calendarUid: uid, calendarSequence: 0 },
    }),
    noticeSnapshot({
      kind: 'rescheduled',
      date: '2027-03-15',
      previous: { date: '2027-03-12', time: '09:00' },
      appointment: { calendarUid: uid, calendarSequence: 1, appointmentId: 'apt-0008' },
    }),
    noticeSnapshot({
      kind: 'cancelled',
      date: '2027-03-15',
      appointment: { calendarUid: uid, calendarSequence: 2, appointmentId: 'apt-0008' },
    }),
  ];

  it('keeps the UID, raises SEQUENCE as given, and cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const parsed = series.map((s) => parse(noticeCalendar(s)!.content));
    expect(parsed.map((p) => p.uid)).toEqual([uid, uid, uid]);
    expect(parsed.map((p) => p.sequence)).toEqual([0, 1, 2]);
    expect(parsed.map((p) => p.method)).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(parsed.map((p) => p.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(parsed[1]!.start).toBe(series[1]!.appointment.start);
    expect(noticeCalendar(series[2]!)!.method).toBe('CANCEL');
  });

  it('reminds a day before on a request, never on a cancellation', () => {
    const request = parse(noticeCalendar(series[0]!)!.content);
    expect(request.alarms).toHaveLength(1);
    expect(request.alarms[0]!.getFirstPropertyValue('trigger')!.toString()).toBe('-P1D');
    expect(parse(noticeCalendar(series[2]!)!.content).alarms).toHaveLength(0);
  });

  it('cancels a closed day’s appointment too, with its reason left to the e-mail', () => {
    const file = noticeCalendar(noticeSnapshot({ kind: 'closed' }))!;
    expect(file.method).toBe('CANCEL');
    expect(parse(file.content).status).toBe('CANCELLED');
  });

  it('has no file for a waitlist offer: the seat is only held', () => {
    expect(noticeCalendar(noticeSnapshot({ kind: 'waitlist_offer' }))).toBeNull();
  });

  it('stamps DTSTAMP from the snapshot’s `at` in UTC, and names organizer and attendee', () => {
    const snapshot = noticeSnapshot({ at: '2027-03-10T17:04:05.000Z' });
    const { event } = parse(noticeCalendar(snapshot)!.content);
    expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-03-10T17:04:05Z');
    const organizer = event.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:citas@miconsulado.example');
    expect(organizer.getParameter('cn')).toBe('MiConsulado');
    const attendee = event.getFirstProperty('attendee')!;
    expect(attendee.getFirstValue()).toBe('mailto:maria.hernandez@example.com');
    expect(attendee.getParameter('cn')).toBe('María José Hernández López');
    const noEmail = parse(noticeCalendar(noticeSnapshot({ applicant: { email: null } }))!.content);
    expect(noEmail.event.getAllProperties('attendee')).toHaveLength(0);
  });

  it('describes what to bring and the code in the event, and how to book again when it is cancelled', () => {
    const request = parse(noticeCalendar(noticeSnapshot({ language: 'en' }))!.content);
    expect(request.event.getFirstPropertyValue('description')).toBe(
      [
        'First passport (adult) at the Consulado de México en Phoenix.',
        'What to bring: Original Mexican birth certificate; Valid official photo ID; CURP.',
        'Confirmation code: K7P2M9X',
        'To cancel or change your appointment, call us at +1 424 309 0009 with your confirmation code at hand.',
      ].join('\n'),
    );
    const cancel = parse(noticeCalendar(noticeSnapshot({ kind: 'cancelled' }))!.content);
    const description = cancel.event.getFirstPropertyValue('description') as string;
    expect(description).toContain('Esta cita fue cancelada.');
    expect(description).toContain('Llámenos al +1 424 309 0009 para hacer una nueva cita.');
    expect(description).not.toContain('Qué debe llevar');
  });

  it('escapes TEXT values so that commas, semicolons and line breaks in names come back intact', () => {
    const snapshot = noticeSnapshot({
      procedure: { name: 'Visa; trámite, "urgente"\\ segunda línea\nfin' },
      appointment: { confirmationCode: 'ABC2345' },
    });
    const { event } = parse(noticeCalendar(snapshot)!.content);
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Cita consular: Visa; trámite, "urgente"\\ segunda línea\nfin',
    );
    expect(event.getFirstPropertyValue('location')).toBe(
      'Consulado de México en Phoenix, 320 East McDowell Road, Phoenix, AZ 85004',
    );
    expect(event.getFirstPropertyValue('description')).toContain('ABC2345');
  });

  it('writes a name with a colon, a comma or quotes as a safe CN parameter', () => {
    const snapshot = noticeSnapshot({
      applicant: { givenNames: 'Ana "La Güera": Ruiz,', firstSurname: 'Pérez' },
    });
    const content = noticeCalendar(snapshot)!.content;
    expect(icsProblems(content)).toEqual([]);
    const attendee = parse(content).event.getFirstProperty('attendee')!;
    expect(attendee.getParameter('cn')).toBe('Ana La Güera: Ruiz, Pérez López');
    expect(attendee.getFirstValue()).toBe('mailto:maria.hernandez@example.com');
  });
});
