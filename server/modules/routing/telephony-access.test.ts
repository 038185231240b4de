import { describe, expect, it } from 'vitest';
import { telephonyAccess } from './telephony-access';

describe('telephony access', () => {
  it('lets in the configured token only', () => {
    const access = telephonyAccess('s3cret-token');
    expect(access.verify('s3cret-token')).toBe(true);
    expect(access.verify('s3cret-token ')).toBe(false);
    expect(access.verify('s3cret')).toBe(false);
    expect(access.verify(null)).toBe(false);
  });

  it('lets nobody in while no token is configured', () => {
    const access = telephonyAccess(undefined);
    expect(access.verify('')).toBe(false);
    expect(access.verify('anything')).toBe(false);
    expect(access.verify(null)).toBe(false);
  });
});
