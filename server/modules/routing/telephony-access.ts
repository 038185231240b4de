import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServiceAccess } from '../../platform/http/route-definition';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The telephony side's routes: `Authorization: Bearer <TELEPHONY_TOKEN>`, compared in constant time
 * (digests of equal length, so not even the token's length leaks). Without a token configured every
 * request is refused.
 */
export function telephonyAccess(token: string | undefined): ServiceAccess {
  const expected = token ? digest(token) : null;
  return {
    service: 'telephony',
    verify: (presented) =>
      expected !== null && presented !== null && timingSafeEqual(digest(presented), expected),
  };
}
