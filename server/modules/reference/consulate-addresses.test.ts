import { describe, expect, it } from 'vitest';
import { consulateAddresses } from './consulate-addresses';
import { consulates } from './consulates';

describe('the consulate addresses', () => {
  it('give every consulate one street address in its own city, region and postal code', () => {
    const addresses = consulateAddresses();
    expect([...addresses.keys()].sort()).toEqual(consulates.map((c) => c.id).sort());
    for (const c of consulates) {
      const address = addresses.get(c.id) ?? '';
      expect(address, c.id).toMatch(/^\d/);
      expect(address, c.id).toContain(`, ${c.region} `);
      const postal = c.country === 'US' ? /\d{5}$/ : /[A-Z]\d[A-Z] \d[A-Z]\d$/;
      expect(address, c.id).toMatch(postal);
    }
  });
});
