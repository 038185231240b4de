import { describe, expect, it } from 'vitest';
import type { AffectedAppointment } from '../../../../shared/api/capacity';
import { affectedAppointmentsCsv, csvField } from './affected-csv';

const appointment = (overrides: Partial<AffectedAppointment>): AffectedAppointment => ({
  id: 'a1',
  confirmationCode: 'PHX-7K2M9Q',
  status: 'booked',
  slotId: 's1',
  consulateId: 'PHX',
  applicantId: 'p1',
  procedureId: 'passport-first',
  start: '2026-05-04T16:20:00.000Z',
  localStart: '2026-05-04T09:20',
  closure: null,
  applicantName: 'Eulalia Quiñones Galindo',
  phone: '+1 602 555 0100',
  email: null,
  ...overrides,
});

const header = {
  code: 'Código',
  name: 'Solicitante',
  phone: 'Teléfono',
  email: 'Correo',
  time: 'Hora local',
};

describe('the closed day’s list as CSV for outreach', () => {
  it('has a header row and one row per appointment, phone numbers kept as they are', () => {
    const csv = affectedAppointmentsCsv(
      [
        appointment({}),
        appointment({
          confirmationCode: 'PHX-AAAAAA',
          applicantName: 'Anacleto Zavala',
          phone: null,
          email: 'a@example.org',
        }),
      ],
      header,
    );
    expect(csv.split('\r\n')).toEqual([
      'Código,Solicitante,Teléfono,Correo,Hora local',
      'PHX-7K2M9Q,Eulalia Quiñones Galindo,+1 602 555 0100,,2026-05-04 09:20',
      'PHX-AAAAAA,Anacleto Zavala,,a@example.org,2026-05-04 09:20',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Zavala, Anacleto')).toBe('"Zavala, Anacleto"');
    expect(csvField('El "Chato"')).toBe('"El ""Chato"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('makes a would-be spreadsheet formula inert', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-A1')).toBe("'-A1");
    expect(csvField('+52 33 1234 5678')).toBe('+52 33 1234 5678');
  });
});
