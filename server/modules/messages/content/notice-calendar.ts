/**
 * The iCalendar file of a notice (RFC 5545 and its iTIP methods, RFC 5546): one VEVENT in the
 * consulate's own zone (DTSTART;TZID=… with the VTIMEZONE computed from the zone data), `UID` stable
 * for the appointment's life, `SEQUENCE` as the snapshot gives it, `METHOD:REQUEST` while the
 * appointment stands and `METHOD:CANCEL` + `STATUS:CANCELLED` when it is cancelled or its day closed.
 * A waitlist offer has none: the seat is only held.
 */
import { offsetMinutes } from '../../../../shared/domain/time/zoned-time';
import type { NoticeSnapshot } from '../message-types';
import { escapeText, icsFile, localStamp, paramValue, utcStamp } from './ical-text';
import { CALL_CENTER_PHONE, LOCALES, fullName, text } from './notice-format';
import { vtimezoneLines, wallClockIn, type VTimezoneOptions } from './vtimezone';

export const ORGANIZER_EMAIL = 'citas@miconsulado.example';
export const PRODUCT_ID = '-//MiConsulado//Citas consulares//ES';

export interface NoticeCalendar {
  filename: string;
  content: string;
  method: 'REQUEST' | 'CANCEL';
}

/** Values that are not TEXT (a UID, an address in a URI) cannot be escaped: control characters and spaces go. */
// eslint-disable-next-line no-control-regex
const bare = (value: string) => value.replace(/[\s\u0000-\u001f\u007f]/g, '');

/**
 * DTSTART/DTEND in the consulate's wall time with its TZID — except a wall time the zone shows twice
 * (01:30 on the night clocks fall back), which a TZID cannot tell apart: RFC 5545 means the first,
 * some clients (ical.js, so Thunderbird) read the second. That instant is written in UTC, which every
 * client reads one way.
 */
function dateTimeLine(name: 'DTSTART' | 'DTEND', instant: Date, tzid: string): string {
  const wall = wallClockIn(instant, tzid);
  const shownTwice = [-3, 3].some((hours) => {
    const other = new Date(instant.getTime() + hours * 3_600_000);
    const otherOffset = offsetMinutes(other, tzid);
    if (otherOffset === offsetMinutes(instant, tzid)) return false;
    const wallUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    const twin = new Date(wallUtc - otherOffset * 60_000);
    return offsetMinutes(twin, tzid) === otherOffset;
  });
  if (shownTwice) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=${paramValue(tzid)}:${localStamp(wall)}`;
}

export function noticeCalendar(
  snapshot: NoticeSnapshot,
  options: VTimezoneOptions = {},
): NoticeCalendar | null {
  if (snapshot.kind === 'waitlist_offer') return null;
  const { language, appointment, consulate, procedure, applicant } = snapshot;
  const method = snapshot.kind === 'cancelled' || snapshot.kind === 'closed' ? 'CANCEL' : 'REQUEST';
  const start = new Date(appointment.start);
  const end = new Date(appointment.end);
  const tzid = consulate.timeZone;
  const lang = `;LANGUAGE=${LOCALES[language]}`;
  const values = {
    procedure: procedure.name,
    consulate: consulate.name,
    phone: CALL_CENTER_PHONE,
  };
  const description = [
    text(language, 'calendar_description', values),
    ...(method === 'CANCEL' ? [text(language, 'calendar_cancelled')] : []),
    ...(method === 'REQUEST' && procedure.requirements.length > 0
      ? [`${text(language, 'label_requirements')}: ${procedure.requirements.join('; ')}.`]
      : []),
    ...(appointment.confirmationCode
      ? [`${text(language, 'label_code')}: ${appointment.confirmationCode}`]
      : []),
    text(language, method === 'CANCEL' ? 'how_to_rebook' : 'how_to_cancel', values),
  ].join('\n');
  const location = [consulate.name, consulate.address].filter(Boolean).join(', ');

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...vtimezoneLines(tzid, start, options),
    'BEGIN:VEVENT',
    `UID:${bare(appointment.calendarUid)}`,
    `SEQUENCE:${appointment.calendarSequence}`,
    `DTSTAMP:${utcStamp(new Date(snapshot.at))}`,
    dateTimeLine('DTSTART', start, tzid),
    dateTimeLine('DTEND', end, tzid),
    `SUMMARY${lang}:${escapeText(text(language, 'calendar_summary', values))}`,
    `LOCATION${lang}:${escapeText(location)}`,
    `DESCRIPTION${lang}:${escapeText(description)}`,
    `ORGANIZER;CN=${paramValue(text(language, 'calendar_organizer'))}:mailto:${ORGANIZER_EMAIL}`,
    ...(applicant.email
      ? [
          `ATTENDEE;CN=${paramValue(fullName(applicant))};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${bare(applicant.email)}`,
        ]
      : []),
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(method === 'REQUEST'
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(text(language, 'calendar_alarm', values))}`,
          'TRIGGER:-P1D',
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return {
    filename: text(language, method === 'CANCEL' ? 'calendar_filename_cancel' : 'calendar_filename_request'),
    content: icsFile(lines),
    method,
  };
}
