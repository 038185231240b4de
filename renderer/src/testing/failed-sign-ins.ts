import { inject } from 'vitest';

/**
 * Failed sign-ins as guessers on other machines send them: through the test server's trusted
 * proxy (TRUST_PROXY is the loopback address in test/support/renderer-global-setup.ts), each
 * batch of ten from its own client address, so the account's ceiling is reached, not one
 * address's limit. Resolves once `username` is locked (its own attempts answer 429).
 */
export async function lockAccountByGuessing(username: string, failures = 100): Promise<void> {
  const guess = async (address: string, i: number) => {
    const response = await fetch(inject('serverUrl') + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password: `guess-${i}` }),
    });
    if (response.status !== 401) throw new Error(`guess ${i} from ${address} answered ${response.status}`);
  };
  const addresses = Array.from({ length: Math.ceil(failures / 10) }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
  await Promise.all(
    addresses.map(async (address, a) => {
      for (let i = 0; i < 10 && a * 10 + i < failures; i++) await guess(address, a * 10 + i);
    }),
  );
}
