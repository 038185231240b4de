import { describe, expect, it } from 'vitest';
import { offerSecondsLeft } from './offer-countdown';

describe('offerSecondsLeft', () => {
  it('counts the server-given window from when the offer arrived here', () => {
    expect(offerSecondsLeft(15_000, 1_000_000, 1_000_000)).toBe(15);
    expect(offerSecondsLeft(15_000, 1_000_000, 1_004_000)).toBe(11);
  });
  it('rounds up the last fraction and never goes below zero', () => {
    expect(offerSecondsLeft(15_000, 0, 14_600)).toBe(1);
    expect(offerSecondsLeft(15_000, 0, 15_000)).toBe(0);
    expect(offerSecondsLeft(15_000, 0, 90_000)).toBe(0);
  });
  it('a clock reading from before the arrival shows the whole window, not more', () => {
    expect(offerSecondsLeft(15_000, 1_000_000, 999_400)).toBe(15);
  });
});
