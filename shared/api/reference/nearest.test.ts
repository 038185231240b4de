import { describe, expect, it } from 'vitest';
import { NearestConsulatesQuery, readPostalCode } from './nearest';

describe('readPostalCode', () => {
  it('reads a US ZIP code, and a ZIP+4 as its ZIP', () => {
    expect(readPostalCode('85704')).toEqual({ country: 'US', code: '85704' });
    expect(readPostalCode(' 85704-1234 ')).toEqual({ country: 'US', code: '85704' });
  });

  it("reads a Canadian postal code's forward sortation area, however it is typed", () => {
    for (const typed of ['M5V', 'm5v', 'M5V 3L9', 'm5v3l9', 'M5V-3L9'])
      expect(readPostalCode(typed), typed).toEqual({ country: 'CA', code: 'M5V' });
  });

  it('reads nothing else', () => {
    for (const typed of [
      '',
      '8570',
      '857044',
      '85704-12',
      'ABCDE',
      'M5',
      '5MV',
      'M5V 3L',
      'Tucson',
      'M5V 3L9 X',
    ])
      expect(readPostalCode(typed), typed).toBeNull();
  });
});

describe('NearestConsulatesQuery', () => {
  it('defaults the limit to 5, refuses 0, 58 and unknown parameters', () => {
    expect(NearestConsulatesQuery.parse({ postalCode: '85704', procedureId: 'matricula' })).toEqual({
      postalCode: '85704',
      procedureId: 'matricula',
      limit: 5,
    });
    for (const limit of ['0', '58', '2.5', 'x'])
      expect(
        NearestConsulatesQuery.safeParse({ postalCode: '85704', procedureId: 'matricula', limit }).success,
      ).toBe(false);
    expect(
      NearestConsulatesQuery.safeParse({ postalCode: '85704', procedureId: 'matricula', radius: '5' })
        .success,
    ).toBe(false);
  });
});
