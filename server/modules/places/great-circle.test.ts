import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './great-circle';
import { rankConsulates } from './rank-consulates';

describe('greatCircleKm', () => {
  it('is zero at one place, the same both ways, and a quarter of the meridian from the pole to the equator', () => {
    const a = { latitude: 32.2, longitude: -110.9 };
    expect(greatCircleKm(a, a)).toBe(0);
    const b = { latitude: 43.65, longitude: -79.38 };
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
    // 90° of arc on a sphere of the Earth's mean radius (6371.0088 km).
    expect(greatCircleKm({ latitude: 90, longitude: 0 }, { latitude: 0, longitude: 0 })).toBeCloseTo(
      10007.6,
      1,
    );
    // One degree of longitude on the equator: 111.195 km.
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(
      111.195,
      2,
    );
  });
});

describe('rankConsulates', () => {
  const at = (consulateId: string, latitude: number, longitude: number) => ({
    consulateId,
    latitude,
    longitude,
    from: 'postal-code' as const,
    key: consulateId,
  });
  const locations = [at('FAR', 0, 3), at('NEA', 0, 1), at('MID', 0, 2), at('TIE', 0, -1)];

  it('orders nearest first, equal distances by code, keeps `limit`, and rounds to whole km', () => {
    const ranked = rankConsulates({ latitude: 0, longitude: 0 }, locations, 3);
    expect(ranked).toEqual([
      { consulateId: 'NEA', distanceKm: 111 },
      { consulateId: 'TIE', distanceKm: 111 },
      { consulateId: 'MID', distanceKm: 222 },
    ]);
    expect(rankConsulates({ latitude: 0, longitude: 0 }, locations, 57)).toHaveLength(4);
  });

  it('ranks by the exact distance, not the rounded one', () => {
    // 111.195 km and 111.212 km both round to 111: the nearer still comes first.
    const ranked = rankConsulates(
      { latitude: 0, longitude: 0 },
      [at('AAA', 0.0175, 1.0), at('ZZZ', 0, 1)],
      2,
    );
    expect(ranked.map((r) => r.consulateId)).toEqual(['ZZZ', 'AAA']);
    expect(ranked.map((r) => r.distanceKm)).toEqual([111, 111]);
  });
});
