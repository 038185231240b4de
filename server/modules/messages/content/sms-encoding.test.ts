import { describe, expect, it } from 'vitest';
import { isGsm7, smsLength, toGsm7 } from './sms-encoding';

describe('SMS encoding and length', () => {
  it('counts GSM-7 at 160 per single segment and 153 per part; UCS-2 at 70 and 67', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
    // One á sends the whole text as UCS-2.
    expect(smsLength(`á${'a'.repeat(69)}`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsLength(`á${'a'.repeat(70)}`).segments).toBe(2);
    // The extension table costs two septets.
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
  });

  it('writes Spanish in GSM-7: á í ó ú lose their accents, é ñ ü ¿ ¡ stay, narrow spaces become spaces', () => {
    const text = toGsm7(
      '¿Qué día? Próxima cita: 9:00\u202fa.m. en Querétaro, Ñuñoa, pingüino ¡sí! Álvaro ÍÓÚ',
    );
    expect(text).toBe('¿Qué dia? Proxima cita: 9:00 a.m. en Querétaro, Ñuñoa, pingüino ¡si! Alvaro IOU');
    expect(isGsm7(text)).toBe(true);
  });

  it('leaves a name in another script as it is: that text goes as UCS-2', () => {
    const text = toGsm7('Cita de 李小龍');
    expect(text).toBe('Cita de 李小龍');
    expect(smsLength(text).encoding).toBe('UCS-2');
  });
});
