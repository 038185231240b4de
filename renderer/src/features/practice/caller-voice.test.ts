import { describe, expect, it } from 'vitest';
import { speakLine, voiceLanguage } from './caller-voice';

describe("the caller's voice", () => {
  it('speaks Mexican Spanish or US English, as the caller does', () => {
    expect(voiceLanguage('es-MX')).toBe('es-MX');
    expect(voiceLanguage('en')).toBe('en-US');
  });

  it('stays silent, without failing, where the browser cannot speak', () => {
    expect(speakLine('Buenas tardes', 'es-MX', undefined)).toBe(false);
  });
});
