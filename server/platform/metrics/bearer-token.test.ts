import { describe, expect, it } from 'vitest';
import { carriesBearer } from './bearer-token';

const TOKEN = 'scrape-token-0123456789';

describe('carriesBearer', () => {
  it('accepts the token as a bearer, the scheme in any case', () => {
    expect(carriesBearer(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(carriesBearer(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it('refuses no header, another scheme, another token, a prefix or an extension of it', () => {
    expect(carriesBearer(undefined, TOKEN)).toBe(false);
    expect(carriesBearer('', TOKEN)).toBe(false);
    expect(carriesBearer(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(carriesBearer(TOKEN, TOKEN)).toBe(false);
    expect(carriesBearer('Bearer wrong-token-0123456789', TOKEN)).toBe(false);
    expect(carriesBearer(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(carriesBearer(`Bearer ${TOKEN}0`, TOKEN)).toBe(false);
    expect(carriesBearer(`Bearer ${TOKEN} extra`, TOKEN)).toBe(false);
  });
});
