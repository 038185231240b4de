import { describe, expect, it } from 'vitest';
import { consulateAddresses, consulates } from '../reference';
import { cityCentre, consulateLocations, locateConsulate, postalCodeOfAddress } from './consulate-locations';
import { greatCircleKm } from './great-circle';
import { postalCodes } from './postal-codes';

describe('the postal-code data (zipcodes 8.0.0)', () => {
  it("places US ZIP codes and Canada's forward sortation areas", () => {
    const data = postalCodes();
    expect(data.locate({ country: 'US', code: '85704' })).toMatchObject({ city: 'Tucson', state: 'AZ' });
    expect(data.locate({ country: 'CA', code: 'M5V' })).toMatchObject({ country: 'CA', state: 'Ontario' });
    expect(data.regionOf(data.locate({ country: 'CA', code: 'M5V' })!)).toBe('ON');
    expect(data.codesOf('US').length).toBeGreaterThan(41_000);
    expect(data.codesOf('CA').length).toBeGreaterThan(1_600);
  });

  it('places no military mail code, no code without coordinates, and nothing it does not know', () => {
    const data = postalCodes();
    expect(data.locate({ country: 'US', code: '09001' })).toBeUndefined(); // APO AE, in the data at Reggio Calabria
    expect(data.locate({ country: 'US', code: '34001' })).toBeUndefined(); // APO AA, at 0, 0 in the data
    expect(data.locate({ country: 'US', code: '99999' })).toBeUndefined();
    expect(data.locate({ country: 'CA', code: 'Z9Z' })).toBeUndefined();
    expect(data.usCodeCount).toBeGreaterThan(data.codesOf('US').length);
  });
});

describe('where the consulates are', () => {
  it('places every one of the 57 consulates from the postal code of its street address', () => {
    const locations = consulateLocations();
    expect(locations.map((l) => l.consulateId).sort()).toEqual(consulates.map((c) => c.id).sort());
    const addresses = consulateAddresses();
    for (const location of locations) {
      expect(location, location.consulateId).toMatchObject({ from: 'postal-code' });
      expect(location.key).toBe(postalCodeOfAddress(addresses.get(location.consulateId)!)!.code);
    }
  });

  it("puts each consulate within 40 km of its city's postal codes (a wrong code in an address would not be)", () => {
    const data = postalCodes();
    for (const consulate of consulates.filter((c) => c.country === 'US')) {
      const city = data.placesOfCity(consulate.city, consulate.region);
      if (city.length === 0) continue;
      const centre = cityCentre(city);
      const location = consulateLocations().find((l) => l.consulateId === consulate.id)!;
      expect(greatCircleKm(location, centre), consulate.id).toBeLessThan(40);
    }
  });

  it("falls back to the city when the address's code lies in another state, and to nothing when neither is known", () => {
    const data = postalCodes();
    const tucson = { id: 'TUS', city: 'Tucson', region: 'AZ' };
    // 10001 is New York: not in Arizona, so Tucson's own codes place the consulate.
    const fromCity = locateConsulate(tucson, '3915 East Broadway Boulevard, Tucson, AZ 10001', data);
    expect(fromCity).toMatchObject({ from: 'city', key: 'Tucson, AZ' });
    expect(greatCircleKm(fromCity!, data.locate({ country: 'US', code: '85701' })!)).toBeLessThan(30);
    expect(locateConsulate(tucson, undefined, data)).toMatchObject({ from: 'city' });
    expect(
      locateConsulate({ id: 'XXX', city: 'Nowhere', region: 'AZ' }, 'Main Street, Nowhere, AZ 99999', data),
    ).toBeNull();
  });

  it('reads the postal code at the end of an address', () => {
    expect(postalCodeOfAddress('1313 South Maryland Parkway, Las Vegas, NV 89104')).toEqual({
      country: 'US',
      code: '89104',
    });
    expect(postalCodeOfAddress('11 King Street West, Suite 350, Toronto, ON M5H 4C7')).toEqual({
      country: 'CA',
      code: 'M5H',
    });
    expect(postalCodeOfAddress('2398 Spur 239, Del Rio, TX')).toBeNull();
  });
});
