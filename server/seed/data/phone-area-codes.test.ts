import { describe, expect, it } from 'vitest';
import { consulates } from '../../modules/reference/consulates';
import { areaCodesByConsulate, areaCodesFor } from './phone-area-codes';

describe('area codes by consulate', () => {
  it('has NANP area codes for every consulate and nothing else', () => {
    expect(Object.keys(areaCodesByConsulate).sort()).toEqual(consulates.map((c) => c.id).sort());
    for (const c of consulates) {
      const codes = areaCodesFor(c.id);
      expect(codes.length, c.id).toBeGreaterThan(0);
      for (const code of codes) expect(code).toMatch(/^[2-9]\d{2}$/);
    }
  });

  it('uses the local codes', () => {
    expect(areaCodesFor('PHX')).toEqual(expect.arrayContaining(['602', '480', '623']));
    expect(areaCodesFor('LAX')).toEqual(expect.arrayContaining(['213', '323', '310']));
    expect(areaCodesFor('ELP')).toContain('915');
    expect(areaCodesFor('CHI')).toEqual(expect.arrayContaining(['312', '773']));
    expect(areaCodesFor('YYZ')).toEqual(expect.arrayContaining(['416', '647']));
    expect(areaCodesFor('YVR')).toContain('604');
    expect(() => areaCodesFor('XXX')).toThrow(RangeError);
  });
});
