import { describe, expect, it } from 'vitest';
import { dummyHashPromise, hashPassword, verifyPassword } from './passwords';

describe('password hashing', { timeout: 30_000 }, () => {
  it('stores scrypt with its parameters, salt and key, never the password', async () => {
    const stored = await hashPassword('demo1234');
    const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    expect(rest).toEqual([]);
    expect(stored).not.toContain('demo1234');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo1234');
    expect(await verifyPassword('demo1234', stored)).toBe(true);
    expect(await verifyPassword('demo1235', stored)).toBe(false);
    expect(await verifyPassword('Demo1234', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password hashes differently, and each hash verifies', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('contraseña');
    expect(await verifyPassword('contrasen\u0303a', stored)).toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('demo1234', '')).toBe(false);
    expect(await verifyPassword('demo1234', 'bcrypt$10$abc$def')).toBe(false);
    expect(await verifyPassword('demo1234', 'scrypt$32768$8$1$$')).toBe(false);
  });

  it('keeps a dummy hash that matches no ordinary password', async () => {
    const dummy = await dummyHashPromise;
    expect(dummy.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('demo1234', dummy)).toBe(false);
  });
});
