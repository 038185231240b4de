import { describe, expect, it } from 'vitest';
import { consulates } from '../../reference';
import type { ComposedMessage } from '../message-types';
import { composeNoticeMessages } from './compose-notice';
import { noticeSnapshot, type FixtureOptions } from './notice-fixtures';
import { smsLength } from './sms-encoding';

type Email = Extract<ComposedMessage, { channel: 'email' }>;
type Sms = Extract<ComposedMessage, { channel: 'sms' }>;

const email = (options: FixtureOptions) => {
  const message = composeNoticeMessages(noticeSnapshot(options)).find((m) => m.channel === 'email');
  if (!message) throw new Error('no e-mail');
  return message as Email;
};
const sms = (options: FixtureOptions) => {
  const message = composeNoticeMessages(noticeSnapshot(options)).find((m) => m.channel === 'sms');
  if (!message) throw new Error('no SMS');
  return message as Sms;
};

const KINDS = ['booked', 'rescheduled', 'cancelled', 'closed', 'waitlist_offer', 'reminder'] as const;
const LANGUAGES = ['es', 'en'] as const;

describe('who gets what', () => {
  it('sends one e-mail when there is an address and one SMS when there is a number that takes SMS', () => {
    const both = composeNoticeMessages(noticeSnapshot());
    expect(both.map((m) => [m.channel, m.to])).toEqual([
      ['email', 'maria.hernandez@example.com'],
      ['sms', '+16025550142'],
    ]);
    expect(
      composeNoticeMessages(noticeSnapshot({ applicant: { smsPhone: null } })).map((m) => m.channel),
    ).toEqual(['email']);
    expect(
      composeNoticeMessages(noticeSnapshot({ applicant: { email: null } })).map((m) => m.channel),
    ).toEqual(['sms']);
    expect(composeNoticeMessages(noticeSnapshot({ applicant: { email: null, smsPhone: null } }))).toEqual([]);
  });

  it('attaches a calendar file to every e-mail but the waitlist offer’s', () => {
    for (const kind of KINDS) {
      const calendar = email({ kind }).calendar;
      if (kind === 'waitlist_offer') expect(calendar).toBeNull();
      else expect(calendar?.method).toBe(kind === 'cancelled' || kind === 'closed' ? 'CANCEL' : 'REQUEST');
    }
  });
});

describe('the e-mail, in Spanish and in English', () => {
  // Phoenix keeps UTC−7 all year: 09:00 there on 16 March 2027 is 16:00 UTC, 10:00 in Mexico City
  // (the call center's clock) and 12:00 in Toronto.
  const phoenix = { consulate: 'PHX', date: '2027-03-16', time: '09:00' } as const;

  it('gives the date and time on the consulate’s clock with its zone’s name, never UTC or the call center’s', () => {
    const es = email({ ...phoenix, language: 'es' });
    expect(es.text).toContain('martes, 16 de marzo de 2027, 9:00 a.m. (hora estándar de la montaña)');
    expect(es.subject).toContain('martes, 16 de marzo de 2027, 9:00 a.m.');
    const en = email({ ...phoenix, language: 'en' });
    expect(en.text).toContain('Tuesday, March 16, 2027 at 9:00 AM (Mountain Standard Time)');
    for (const wrong of ['4:00 p.m.', '10:00 a.m.', '4:00 PM', '10:00 AM', '16:00'])
      expect(es.text + en.text).not.toContain(wrong);
  });

  it('follows each zone across the change of 14 March 2027: Los Angeles at 9:00 is Pacific Daylight Time on the 15th', () => {
    const before = email({ consulate: 'LAX', date: '2027-03-13', time: '09:00', language: 'en' });
    const after = email({ consulate: 'LAX', date: '2027-03-15', time: '09:00', language: 'en' });
    expect(before.text).toContain('Saturday, March 13, 2027 at 9:00 AM (Pacific Standard Time)');
    expect(after.text).toContain('Monday, March 15, 2027 at 9:00 AM (Pacific Daylight Time)');
    const es = email({ consulate: 'LAX', date: '2027-11-08', time: '09:00', language: 'es' });
    expect(es.text).toContain('lunes, 8 de noviembre de 2027, 9:00 a.m. (hora estándar del Pacífico)');
  });

  it('names the consulate, its street address, what to bring and the confirmation code', () => {
    for (const language of LANGUAGES) {
      const { text, html } = email({ ...phoenix, language });
      for (const part of [
        'Consulado de México en Phoenix',
        '320 East McDowell Road, Phoenix, AZ 85004',
        'CURP',
        'K7P2M9X',
      ]) {
        expect(text).toContain(part);
        expect(html).toContain(part);
      }
      expect(text).toContain(
        language === 'es' ? '- Acta de nacimiento mexicana original' : '- Original Mexican birth certificate',
      );
    }
  });

  it('spells the code out, word by word for the phone and character by character', () => {
    const es = email({ language: 'es' }).text;
    expect(es).toContain('Deletreado: K de Kilo, siete, P de Puebla, dos, M de México, nueve, X de Xilófono');
    expect(es).toContain('Carácter por carácter: K-7-P-2-M-9-X');
    const en = email({ language: 'en' }).text;
    expect(en).toContain('Spelled: Kilo, seven, Papa, two, Mike, nine, X-ray');
    expect(en).toContain('Character by character: K-7-P-2-M-9-X');
  });

  it('spells even a code with characters the alphabet leaves out, rather than failing the booking', () => {
    const code = { appointment: { confirmationCode: 'OIL01-Ñ' } };
    expect(email({ ...code }).text).toContain(
      'Deletreado: O de Oaxaca, I de Italia, L de Lima, cero, uno, -, Ñ',
    );
    expect(email({ ...code, language: 'en' }).text).toContain('Spelled: Oscar, India, Lima, zero, one, -, Ñ');
  });

  it('writes the fees in the consulate’s currency: US dollars in Phoenix, Canadian dollars in Toronto', () => {
    expect(email({ consulate: 'PHX', language: 'es' }).text).toContain('Pasaporte de 6 años: USD 163.00');
    expect(email({ consulate: 'PHX', language: 'en' }).text).toContain('6-year passport: $163.00');
    expect(email({ consulate: 'YYZ', language: 'es' }).text).toContain('Pasaporte de 6 años: CAD 163.00');
    const toronto = email({ consulate: 'YYZ', language: 'en' }).text;
    expect(toronto).toContain('6-year passport: CA$163.00');
    expect(toronto).not.toMatch(/USD|(?<!CA)\$163/);
  });

  it('sends the applicant to the consulate for a fee not published (amount null), never a guess', () => {
    expect(email({ language: 'es' }).text).toContain(
      'Pasaporte de 10 años: consulte el arancel en el consulado',
    );
    expect(email({ language: 'en' }).text).toContain('10-year passport: check the fee with the consulate');
  });

  it('says a free service is free, not $0.00', () => {
    const fees = [{ label: 'Registro de nacimiento', amountCents: 0, currency: 'USD' as const }];
    expect(email({ fees }).text).toContain('- Registro de nacimiento: sin costo');
    expect(email({ fees, language: 'en' }).text).toContain('- Registro de nacimiento: free of charge');
  });

  it('sends the applicant to the consulate’s page when its address is not known', () => {
    const snapshot = noticeSnapshot({});
    const [message] = composeNoticeMessages({
      ...snapshot,
      consulate: { ...snapshot.consulate, address: null },
    });
    expect((message as Email).text).toContain('Dirección: consulte la dirección en la página del consulado');
    expect((message as Email).calendar!.content).toContain(
      'LOCATION;LANGUAGE=es-MX:Consulado de México en Phoenix\r\n',
    );
  });

  it('tells how to cancel with the call center’s number', () => {
    expect(email({ language: 'es' }).text).toContain(
      'Si necesita cancelar o cambiar su cita, llámenos al +1 424 309 0009',
    );
    expect(email({ language: 'en' }).text).toContain(
      'To cancel or change your appointment, call us at +1 424 309 0009',
    );
    expect(email({}).html).toContain('<a href="tel:+14243090009">+1 424 309 0009</a>');
  });

  it('says the old and the new time of a rescheduled appointment', () => {
    const { text, subject } = email({
      kind: 'rescheduled',
      consulate: 'ELP',
      date: '2027-03-15',
      time: '10:30',
      previous: { date: '2027-03-12', time: '08:00' },
    });
    expect(subject).toMatch(/^Su cita cambió/);
    expect(text).toContain(
      'Antes era el viernes, 12 de marzo de 2027, 8:00 a.m. (hora estándar de la montaña); ahora es el lunes, 15 de marzo de 2027, 10:30 a.m. (hora de verano de la montaña).',
    );
    expect(text).toContain('Fecha anterior: viernes, 12 de marzo de 2027, 8:00 a.m.');
  });

  it('tells of a cancellation with the way to book again, without requirements or fees', () => {
    const { text } = email({ kind: 'cancelled', language: 'en' });
    expect(text).toContain('Your appointment on Tuesday, March 16, 2027 at 9:00 AM (Mountain Standard Time)');
    expect(text).toContain('has been cancelled');
    expect(text).toContain('Call us at +1 424 309 0009 to book a new appointment.');
    expect(text).not.toContain('What to bring');
    expect(text).not.toContain('Fees in force');
  });

  it('tells of a closed day with its reason and the number to call to rebook', () => {
    const es = email({ kind: 'closed', closure: { reason: 'Día de la Independencia' } }).text;
    expect(es).toContain('cerrará el día de su cita, el martes, 16 de marzo de 2027, 9:00 a.m.');
    expect(es).toContain('Motivo: Día de la Independencia.');
    expect(es).toContain('Llámenos al +1 424 309 0009 para hacer una nueva cita.');
    // The appointment stays booked (the caller keeps their place in the rebooking list): never "cancelada".
    expect(es).toContain('conserva su lugar');
    expect(es).not.toMatch(/quedó cancelada/);
    const en = email({ kind: 'closed', language: 'en', closure: { reason: 'Independence Day' } }).text;
    expect(en).toContain('Reason: Independence Day.');
    expect(en).toContain('Call us at +1 424 309 0009 to book a new appointment.');
    expect(en).toContain('you keep your place');
    expect(en).not.toMatch(/is cancelled/);
  });

  it('tells a waitlisted caller until when the seat is held, on the consulate’s clock, and to call to confirm', () => {
    const { text, subject } = email({
      kind: 'waitlist_offer',
      consulate: 'YYZ',
      date: '2027-03-16',
      offer: { expiresAt: '2027-03-14T20:00:00.000Z' },
    });
    expect(subject).toMatch(/^Le apartamos un lugar/);
    // 20:00 UTC on 14 March is 4:00 p.m. in Toronto, which moved to daylight time that morning.
    expect(text).toContain('hasta el domingo, 14 de marzo de 2027, 4:00 p.m. (hora de verano oriental)');
    expect(text).toContain('Llámenos al +1 424 309 0009 antes de esa hora para confirmarlo');
    expect(text).not.toContain('Código de confirmación');
  });

  it('reminds "the day after tomorrow" 48 hours before, counted on the consulate’s calendar', () => {
    const start = { consulate: 'LAX', date: '2027-03-15', time: '09:00' } as const;
    // 48 h before 9:00 PDT on the 15th is 8:00 PST on the 13th (the night in between lost an hour).
    expect(email({ ...start, kind: 'reminder', at: '2027-03-13T16:00:00.000Z' }).text).toContain(
      'Le recordamos que su cita en el Consulado de México en Los Angeles es pasado mañana.',
    );
    expect(
      email({ ...start, kind: 'reminder', language: 'en', at: '2027-03-13T16:00:00.000Z' }).text,
    ).toContain('is the day after tomorrow.');
    // 23:30 on the 13th in Los Angeles is already the 14th in UTC: still two days there.
    expect(email({ ...start, kind: 'reminder', at: '2027-03-14T07:30:00.000Z' }).text).toContain(
      'es pasado mañana.',
    );
    expect(email({ ...start, kind: 'reminder', at: '2027-03-14T17:00:00.000Z' }).text).toContain(
      'es mañana.',
    );
    expect(email({ ...start, kind: 'reminder', at: '2027-03-10T17:00:00.000Z' }).text).toContain(
      'Le recordamos su cita en el Consulado de México en Los Angeles.',
    );
    const { text } = email({ ...start, kind: 'reminder' });
    expect(text).toContain('Qué debe llevar:');
    expect(text).toContain('K7P2M9X');
  });

  it('escapes the HTML: a name like <O’Brien & Hijos> is text, not markup', () => {
    const { html, text } = email({ applicant: { givenNames: "<O'Brien & Hijos>", firstSurname: 'Pérez' } });
    expect(html).toContain('Buen día, &lt;O&#39;Brien &amp; Hijos&gt; Pérez López:');
    expect(html).not.toContain("<O'Brien");
    expect(text).toContain("Buen día, <O'Brien & Hijos> Pérez López:");
    const procedure = email({ procedure: { name: '<script>alert(1)</script>' } }).html;
    expect(procedure).not.toContain('<script>');
    expect(procedure).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is a page in the applicant’s language with a title, headings and row headers', () => {
    const es = email({ language: 'es' }).html;
    expect(es).toMatch(/^<!DOCTYPE html>\n<html lang="es-MX">/);
    expect(es).toMatch(/<title>Cita confirmada: /);
    expect(es).toContain('<h1');
    expect(es).toContain('<th scope="row"');
    expect(email({ language: 'en' }).html).toContain('<html lang="en-US">');
  });

  it('keeps the subject on one line whatever the procedure’s name holds', () => {
    expect(email({ procedure: { name: 'Visa\r\nBcc: x@example.com' } }).subject).not.toMatch(/[\r\n]/);
  });

  it('greets without a missing second surname', () => {
    expect(email({ applicant: { secondSurname: null } }).text).toMatch(/^Buen día, María José Hernández:/);
  });
});

describe('the SMS', () => {
  it('fits one or two GSM-7 segments for every kind, language and consulate', () => {
    for (const kind of KINDS)
      for (const language of LANGUAGES)
        for (const consulate of ['LAX', 'CHI', 'ELP', 'PHX', 'YYZ', 'YVR'] as const) {
          const { text } = sms({
            kind,
            language,
            consulate,
            previous: { date: '2027-03-10', time: '10:30' },
          });
          const length = smsLength(text);
          expect({ kind, language, consulate, encoding: length.encoding }).toEqual({
            kind,
            language,
            consulate,
            encoding: 'GSM-7',
          });
          expect(length.segments).toBeLessThanOrEqual(2);
        }
  });

  it('stays within two GSM-7 segments for the city and zone of each of the 57 consulates', () => {
    for (const consulate of consulates)
      for (const kind of KINDS)
        for (const language of LANGUAGES) {
          const base = noticeSnapshot({
            kind,
            language,
            date: '2027-09-15',
            previous: { date: '2027-09-08', time: '10:30' },
          });
          const snapshot = {
            ...base,
            consulate: { ...base.consulate, city: consulate.city, timeZone: consulate.timeZone },
          };
          const text = composeNoticeMessages(snapshot).find((m) => m.channel === 'sms')!.text;
          const { encoding, segments } = smsLength(text);
          expect({ id: consulate.id, kind, language, encoding, fits: segments <= 2 }).toEqual({
            id: consulate.id,
            kind,
            language,
            encoding: 'GSM-7',
            fits: true,
          });
        }
  });

  it('has the code, the local date and time and the consulate’s city', () => {
    const es = sms({ consulate: 'PHX', date: '2027-03-16', time: '09:00' }).text;
    expect(es).toBe(
      'MiConsulado: cita confirmada en el consulado de Phoenix: martes, 16 de marzo, 9:00 a.m., codigo K7P2M9X. Cambios: +1 424 309 0009',
    );
    const en = sms({ consulate: 'YYZ', date: '2027-11-08', time: '14:15', language: 'en' }).text;
    expect(en).toContain('Toronto: Mon, Nov 8, 2:15 PM, code K7P2M9X');
  });

  it('writes Spanish without the accents GSM-7 lacks, keeping ñ and é', () => {
    const text = sms({ kind: 'cancelled', consulate: 'YYZ', language: 'es' }).text;
    expect(text).toContain('se cancelo su cita');
    const city = sms({ kind: 'closed', language: 'es' }).text;
    expect(city).toContain('cierra el dia de su cita');
    const accented = composeNoticeMessages({
      ...noticeSnapshot({}),
      consulate: { ...noticeSnapshot({}).consulate, city: 'Querétaro Piñón' },
    }).find((m) => m.channel === 'sms')!;
    expect(accented.text).toContain('Querétaro Piñon');
    expect(smsLength(accented.text).encoding).toBe('GSM-7');
  });
});
