import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether an Authorization header carries `Bearer <expected>`. The comparison takes the same time
 * whatever the header holds (digests of equal length compared in constant time), so the token
 * cannot be guessed a character at a time.
 */
export function carriesBearer(header: string | undefined, expected: string): boolean {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  const same = timingSafeEqual(digest(given), digest(expected));
  return match !== null && same;
}
