import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random identifier body: 20 characters of a 32-letter alphabet (100 bits). */
export function randomIdBody(length = 20): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

export const newId = (prefix: string) => `${prefix}_${randomIdBody()}`;

/** A hold and the appointment it becomes share one row and one id body: `hld_X` becomes `apt_X`. */
export const newHoldId = () => newId('hld');
export const appointmentIdFor = (holdId: string) => `apt_${holdId.slice(4)}`;
export const holdIdFor = (appointmentId: string) => `hld_${appointmentId.slice(4)}`;
