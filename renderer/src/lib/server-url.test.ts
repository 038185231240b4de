import { describe, expect, it } from 'vitest';
import { resolveServerUrl } from './server-url';

describe('which server the console talks to', () => {
  it('is the page’s own origin when the server serves the console', () => {
    expect(resolveServerUrl({ origin: 'http://10.0.0.5:4000', search: '' })).toBe('http://10.0.0.5:4000');
  });
  it('is the one the desktop shell names, from app://', () => {
    expect(resolveServerUrl({ origin: 'app://console', search: '' }, 'http://127.0.0.1:4000/')).toBe(
      'http://127.0.0.1:4000',
    );
  });
  it('can be overridden with ?server= (development)', () => {
    expect(
      resolveServerUrl(
        { origin: 'http://localhost:5173', search: '?server=http://127.0.0.1:4000' },
        'http://x',
      ),
    ).toBe('http://127.0.0.1:4000');
  });
});
