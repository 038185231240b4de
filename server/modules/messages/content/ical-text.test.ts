import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFile, paramValue, utcOffsetText, utcStamp } from './ical-text';
import { icsProblems } from './ics-structure';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('RFC 5545 lexical rules', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('quotes a parameter value with : ; or , and drops what cannot be written', () => {
    expect(paramValue('María López')).toBe('María López');
    expect(paramValue('López, María')).toBe('"López, María"');
    expect(paramValue('a "b": c\r\n')).toBe('"a b: c"');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'Trámite en el Consulado de México — ñandú '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    // A line of exactly 75 octets stays whole; 76 folds.
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('folds any text, astral characters included, to lines of at most 75 octets that unfold to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const physical = foldLine(line).split('\r\n');
        for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('ends every line with CRLF', () => {
    const file = icsFile(['BEGIN:VCALENDAR', 'END:VCALENDAR']);
    expect(file).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('writes UTC stamps and offsets', () => {
    expect(utcStamp(new Date('2027-03-14T10:05:09.999Z'))).toBe('20270314T100509Z');
    expect(utcOffsetText(-7 * 3600)).toBe('-0700');
    expect(utcOffsetText(5.5 * 3600)).toBe('+0530');
  });
});

describe('the structural check itself', () => {
  const sound = icsFile([
    'BEGIN:VCALENDAR',
    'PRODID:-//x//y//ES',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:a@b',
    'DTSTAMP:20270101T000000Z',
    'DTSTART:20270101T100000Z',
    'DTEND:20270101T103000Z',
    'SEQUENCE:0',
    'SUMMARY:x',
    'ORGANIZER:mailto:a@b',
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);

  it('accepts a sound file and names each fault of a broken one', () => {
    expect(icsProblems(sound)).toEqual([]);
    expect(icsProblems(sound.replace(/\r\n/g, '\n'))).toContain('a line break that is not CRLF');
    expect(icsProblems(sound.replace('UID:a@b\r\n', ''))).toEqual(['VEVENT lacks UID']);
    expect(icsProblems(sound.replace('END:VEVENT\r\n', ''))).toContain('END:VCALENDAR closes VEVENT');
    expect(icsProblems(sound.replace('SUMMARY:x', `SUMMARY:${'x'.repeat(80)}`))).toEqual([
      'line 11 has 88 octets',
    ]);
  });
});
