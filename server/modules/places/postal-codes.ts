import { createRequire } from 'node:module';
import type { PostalCode } from '../../../shared/api/reference/nearest';

/**
 * Postal-code centroids from the `zipcodes` package (8.0.0): US ZIP codes from
 * federalgovernmentzipcodes.us (with geonames' US file), Canada's forward sortation areas (the
 * first three characters of a postal code) from AggData's Canadian postal-code sample. Read once,
 * at the first lookup (the package is a 5 MB module), and indexed in a Map. Never typed by hand.
 */
export const POSTAL_CODE_DATA = {
  package: 'zipcodes@8.0.0',
  us: 'federalgovernmentzipcodes.us free ZIP code database + geonames.org US postal codes',
  canada: 'AggData Canadian postal codes (forward sortation areas)',
} as const;

/** A place on Earth, degrees (WGS 84). */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** One postal code of the data: its centroid and the place it names. */
export interface PostalPlace extends LatLon {
  code: string;
  country: 'US' | 'CA';
  city: string;
  /** State or province as the package spells it ('AZ'; 'Ontario' for Canada). */
  state: string;
}

interface ZipcodesEntry {
  zip: string;
  latitude: number | string | null;
  longitude: number | string | null;
  city: string;
  state: string;
  country: string;
}

interface ZipcodesModule {
  codes: Record<string, ZipcodesEntry>;
  states: { normalize(state: string): string };
}

export interface PostalCodeIndex {
  /** The centroid of a postal code, or undefined: not in the data, or the data has no place for it (APO/FPO). */
  locate(postal: PostalCode): PostalPlace | undefined;
  /** Every code of a country the data places (the benchmark runs over them). */
  codesOf(country: 'US' | 'CA'): string[];
  /** Every US code the data names, placed or not. */
  usCodeCount: number;
  /** 'ON' for 'Ontario', 'AZ' for 'AZ' (the package's own state table). */
  regionOf(place: PostalPlace): string;
  /** The places of a city in a state or province, as the data names them. */
  placesOfCity(city: string, region: string): PostalPlace[];
}

/** US military mail's "states": Armed Forces Americas, Europe, Pacific. */
const MILITARY_STATES = new Set(['AA', 'AE', 'AP']);

function buildIndex(): PostalCodeIndex {
  const data = createRequire(import.meta.url)('zipcodes') as ZipcodesModule;
  const byKey = new Map<string, PostalPlace>();
  const byCity = new Map<string, PostalPlace[]>();
  let usCodeCount = 0;
  const regionOf = (place: Pick<PostalPlace, 'state'>) => data.states.normalize(place.state.toUpperCase());
  for (const entry of Object.values(data.codes)) {
    const country = entry.country === 'US' ? 'US' : entry.country === 'Canada' ? 'CA' : null;
    if (!country) continue;
    if (country === 'US') usCodeCount++;
    const latitude = Number(entry.latitude);
    const longitude = Number(entry.longitude);
    // Military mail (APO/FPO/DPO: states AA, AE, AP) names no place a caller lives, and the data
    // gives some codes no coordinates (0, 0): neither places anything.
    if (country === 'US' && MILITARY_STATES.has(entry.state)) continue;
    if (entry.latitude === null || entry.latitude === '' || !Number.isFinite(latitude)) continue;
    if (entry.longitude === null || entry.longitude === '' || !Number.isFinite(longitude)) continue;
    if (latitude === 0 && longitude === 0) continue;
    const place: PostalPlace = {
      code: entry.zip,
      country,
      city: entry.city,
      state: entry.state,
      latitude,
      longitude,
    };
    byKey.set(`${country}:${entry.zip}`, place);
    const cityKey = `${entry.city.toUpperCase()}|${regionOf(place)}`;
    const list = byCity.get(cityKey);
    if (list) list.push(place);
    else byCity.set(cityKey, [place]);
  }
  return {
    locate: (postal) => byKey.get(`${postal.country}:${postal.code}`),
    codesOf: (country) => [...byKey.values()].filter((p) => p.country === country).map((p) => p.code),
    usCodeCount,
    regionOf,
    placesOfCity: (city, region) => byCity.get(`${city.toUpperCase()}|${region.toUpperCase()}`) ?? [],
  };
}

let index: PostalCodeIndex | null = null;

/** The postal-code index, built at the first call. */
export function postalCodes(): PostalCodeIndex {
  index ??= buildIndex();
  return index;
}
