import { describe, expect, it } from 'vitest';
import {
  abandonmentRate,
  averageSpeedOfAnswer,
  emptyTally,
  hourlyFigures,
  maskNumber,
  outcomesBetween,
  serviceLevel,
  tallyCalls,
  waitedSeconds,
  type CallTimes,
} from './queue-figures';

const T0 = Date.parse('2026-12-07T16:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const answered = (arrive: number, answer: number): CallTimes => ({
  arrivedAt: at(arrive),
  answeredAt: at(answer),
  abandonedAt: null,
});
const abandoned = (arrive: number, hangUp: number): CallTimes => ({
  arrivedAt: at(arrive),
  answeredAt: null,
  abandonedAt: at(hangUp),
});
const waiting = (arrive: number): CallTimes => ({
  arrivedAt: at(arrive),
  answeredAt: null,
  abandonedAt: null,
});

describe('service level', () => {
  it('is null when no call had an outcome, even with calls waiting', () => {
    expect(serviceLevel(emptyTally())).toBeNull();
    expect(serviceLevel(tallyCalls([waiting(0), waiting(5)], 20))).toBeNull();
  });

  it('counts a call answered exactly at the limit as within, one millisecond later as not', () => {
    expect(serviceLevel(tallyCalls([answered(0, 20)], 20))).toBe(1);
    const late: CallTimes = {
      arrivedAt: at(0),
      answeredAt: new Date(T0 + 20_001).toISOString(),
      abandonedAt: null,
    };
    expect(serviceLevel(tallyCalls([late], 20))).toBe(0);
  });

  it('counts abandoned calls as not answered in time, however short their wait', () => {
    // 3 answered within 20 s (5, 20, 0 s), 1 answered late (45 s), 1 abandoned after 3 s, 1 after 60 s.
    const calls = [
      answered(0, 5),
      answered(10, 30),
      answered(40, 40),
      answered(50, 95),
      abandoned(60, 63),
      abandoned(70, 130),
    ];
    const tally = tallyCalls(calls, 20);
    expect(tally).toEqual({ answered: 4, answeredWithin: 3, abandoned: 2, answerMs: 70_000 });
    expect(serviceLevel(tally)).toBe(3 / 6);
    // With a 60-second target the late one is within too.
    expect(serviceLevel(tallyCalls(calls, 60))).toBe(4 / 6);
  });

  it('takes the calls whose outcome, not arrival, falls in the window', () => {
    // Arrived before the window, answered inside it: counted. Arrived inside, still waiting: not.
    const calls = [answered(-100, 10), abandoned(-5, 200), answered(20, 30), waiting(50)];
    const inWindow = outcomesBetween(calls, at(0), at(100));
    expect(inWindow).toEqual([calls[0], calls[2]]);
    expect(serviceLevel(tallyCalls(inWindow, 20))).toBe(1 / 2);
  });
});

describe('average speed of answer and abandonment', () => {
  it('averages the answer times of the answered calls only', () => {
    const tally = tallyCalls([answered(0, 5), answered(0, 25), abandoned(0, 100)], 20);
    expect(averageSpeedOfAnswer(tally)).toBe(15);
    expect(abandonmentRate(tally)).toBe(1 / 3);
  });

  it('is null with nothing answered, and abandonment null with no outcome', () => {
    expect(averageSpeedOfAnswer(tallyCalls([abandoned(0, 9)], 20))).toBeNull();
    expect(abandonmentRate(tallyCalls([abandoned(0, 9)], 20))).toBe(1);
    expect(abandonmentRate(emptyTally())).toBeNull();
  });
});

describe('hourly figures', () => {
  it('gives the 24 hours, zeros and null service level where nothing happened', () => {
    const hours = hourlyFigures(
      new Map([
        [9, { answered: 3, answeredWithin: 2, abandoned: 1, answerMs: 30_000 }],
        [23, { answered: 0, answeredWithin: 0, abandoned: 2, answerMs: 0 }],
      ]),
    );
    expect(hours).toHaveLength(24);
    expect(hours[0]).toEqual({ hour: 0, answered: 0, abandoned: 0, serviceLevel: null });
    expect(hours[9]).toEqual({ hour: 9, answered: 3, abandoned: 1, serviceLevel: 0.5 });
    expect(hours[23]).toEqual({ hour: 23, answered: 0, abandoned: 2, serviceLevel: 0 });
  });
});

describe('waits and numbers on the wall', () => {
  it('counts whole seconds waited, never below zero', () => {
    expect(waitedSeconds(at(0), new Date(T0 + 12_999))).toBe(12);
    expect(waitedSeconds(at(5), new Date(T0))).toBe(0);
  });

  it('shows only the last four digits of a caller’s number', () => {
    expect(maskNumber('+13125550123')).toBe('…0123');
    expect(maskNumber('+52 55 1234 5678')).toBe('…5678');
  });
});
