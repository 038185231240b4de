import { readPostalCode } from '../../../shared/api/reference/nearest';
import { consulateAddresses, consulates, type ConsulateRecord } from '../reference';
import { postalCodes, type LatLon, type PostalCodeIndex } from './postal-codes';

/** Where a consulate is, and from what the data placed it. */
export interface ConsulateLocation extends LatLon {
  consulateId: string;
  /** `postal-code`: its street address's ZIP or postal code; `city`: the centroid of its city's codes. */
  from: 'postal-code' | 'city';
  /** The code or city looked up. */
  key: string;
}

/** The postal code at the end of a one-line address ("…, Tucson, AZ 85711", "…, Toronto, ON M5H 4C7"). */
export function postalCodeOfAddress(address: string) {
  const last = /(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)\s*$/.exec(address);
  return last ? readPostalCode(last[1] as string) : null;
}

/**
 * A consulate's coordinates from the postal-code data: the code of its street address when the
 * data puts that code in the consulate's own state or province (an address written from memory
 * may carry a wrong code), else the middle of its city's codes. Null: the data places it nowhere.
 */
export function locateConsulate(
  consulate: Pick<ConsulateRecord, 'id' | 'city' | 'region'>,
  address: string | undefined,
  data: PostalCodeIndex,
): ConsulateLocation | null {
  const postal = address ? postalCodeOfAddress(address) : null;
  const place = postal ? data.locate(postal) : undefined;
  if (postal && place && data.regionOf(place) === consulate.region)
    return {
      consulateId: consulate.id,
      latitude: place.latitude,
      longitude: place.longitude,
      from: 'postal-code',
      key: postal.code,
    };
  const city = data.placesOfCity(consulate.city, consulate.region);
  if (city.length === 0) return null;
  return {
    consulateId: consulate.id,
    ...cityCentre(city),
    from: 'city',
    key: `${consulate.city}, ${consulate.region}`,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The middle of a city's postal codes: the median latitude and longitude (a stray code does not move it). */
export const cityCentre = (places: readonly LatLon[]): LatLon => ({
  latitude: median(places.map((p) => p.latitude)),
  longitude: median(places.map((p) => p.longitude)),
});

let cached: readonly ConsulateLocation[] | null = null;

/** Every consulate's location, computed once; a consulate the data cannot place stops here, naming it. */
export function consulateLocations(): readonly ConsulateLocation[] {
  if (cached) return cached;
  const data = postalCodes();
  const addresses = consulateAddresses();
  const located = consulates.map((c) => {
    const location = locateConsulate(c, addresses.get(c.id), data);
    if (!location)
      throw new Error(
        `The postal-code data places neither the address nor the city of consulate ${c.id} (${c.city}, ${c.region})`,
      );
    return location;
  });
  cached = Object.freeze(located);
  return cached;
}
