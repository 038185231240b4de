import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('METRICS_TOKEN', () => {
  it('is optional: unset, the server has no /metrics', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
  });

  it('takes a long token', () => {
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(16) }).METRICS_TOKEN).toBe('a'.repeat(16));
  });

  it('refuses a short one or one with spaces, naming the variable and saying why', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN: is too short: use at least 16/,
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'a token with spaces in it' })).toThrow(
      /METRICS_TOKEN: must not contain spaces/,
    );
  });
});
