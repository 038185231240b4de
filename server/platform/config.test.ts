import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_DIR, loadConfig } from './config';

function problem(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('server configuration', () => {
  it('defaults to the values of the contract', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      HOLD_TTL_SECONDS: 300,
      DEMO_PASSWORD: 'demo1234',
      SEED_DAYS: 60,
      DATABASE_URL: 'sqlite:./data/miconsulado.sqlite',
    });
    expect(config.SEED).toBeUndefined();
    expect(config.SEED_START).toBeUndefined();
  });

  it('reads only the environment it is given, ignoring unset and empty variables', () => {
    expect(loadConfig({ PORT: '', HOST: undefined, SEED: '' })).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
    });
  });

  it('takes values from the environment, numbers coerced', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      HOLD_TTL_SECONDS: '30',
      DEMO_PASSWORD: 's3cret',
      SEED: 'demo',
      SEED_START: '2026-03-02',
      SEED_DAYS: '7',
      DATABASE_URL: 'sqlite::memory:',
    });
    expect(config).toMatchObject({
      PORT: 0,
      HOST: '0.0.0.0',
      HOLD_TTL_SECONDS: 30,
      DEMO_PASSWORD: 's3cret',
      SEED: 'demo',
      SEED_START: '2026-03-02',
      SEED_DAYS: 7,
      DATABASE_URL: 'sqlite::memory:',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['HOLD_TTL_SECONDS', '0'],
    ['HOLD_TTL_SECONDS', 'five minutes'],
    ['SEED', 'yes'],
    ['SEED_START', '2026-02-30'],
    ['SEED_START', '03/02/2026'],
    ['SEED_DAYS', '0'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    const message = problem({ [name]: value });
    expect(message).toMatch(/^Bad server configuration: /);
    expect(message).toContain(`${name}:`);
  });

  it('names every bad variable at once', () => {
    const message = problem({ PORT: 'x', HOLD_TTL_SECONDS: '-5' });
    expect(message).toContain('PORT:');
    expect(message).toContain('HOLD_TTL_SECONDS:');
  });

  it('serves the console from <repo>/dist/renderer by default, wherever the server starts; a relative CONSOLE_DIR is from the working directory', () => {
    expect(DEFAULT_CONSOLE_DIR).toBe(resolve(import.meta.dirname, '..', '..', 'dist', 'renderer'));
    expect(loadConfig({}).CONSOLE_DIR).toBe(DEFAULT_CONSOLE_DIR);
    expect(loadConfig({ CONSOLE_DIR: 'build/console' }).CONSOLE_DIR).toBe(
      resolve(process.cwd(), 'build/console'),
    );
    expect(loadConfig({ CONSOLE_DIR: '/srv/console' }).CONSOLE_DIR).toBe('/srv/console');
  });

  it('allows the Electron shell cross-origin by default; CONSOLE_ORIGINS is a comma-separated list of origins', () => {
    expect(loadConfig({}).CONSOLE_ORIGINS).toEqual(['app://console']);
    expect(
      loadConfig({ CONSOLE_ORIGINS: ' app://console , https://Console.Example.org:8443,' }).CONSOLE_ORIGINS,
    ).toEqual(['app://console', 'https://console.example.org:8443']);
  });

  it.each([
    '*',
    'null',
    'console.example.org',
    'https://console.example.org/',
    'https://console.example.org/app',
    'app://console,http://*.example.org',
  ])('refuses CONSOLE_ORIGINS=%s, naming the variable and the value', (value) => {
    const message = problem({ CONSOLE_ORIGINS: value });
    expect(message).toMatch(/^Bad server configuration: CONSOLE_ORIGINS\.\d: "/);
    expect(message).toContain('is not an origin');
  });
  it('believes no proxy by default; TRUST_PROXY lists addresses, CIDR blocks or loopback; sign-in limits default to 10 and 100', () => {
    const config = loadConfig({});
    expect(config.TRUST_PROXY).toEqual([]);
    expect(config.FAILED_LOGINS_PER_15_MINUTES).toBe(10);
    expect(config.FAILED_LOGINS_PER_HOUR_TO_LOCK).toBe(100);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5 , 192.168.0.0/16,loopback,fd00::/8,' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'loopback',
      'fd00::/8',
    ]);
  });

  it.each(['*', 'true', 'proxy.example.org', '10.0.0.0/33', '10.0.0.300', '::1/129', '10.0.0.0/8/1'])(
    'refuses TRUST_PROXY=%s, naming the variable and the value',
    (value) => {
      const message = problem({ TRUST_PROXY: value });
      expect(message).toMatch(/^Bad server configuration: TRUST_PROXY\.0: "/);
      expect(message).toContain('is not an address, a CIDR block');
    },
  );

  it('runs as one instance unless REDIS_URL names a Redis; each process gets its own INSTANCE_ID; shutdown has 10 s', () => {
    const one = loadConfig({});
    const other = loadConfig({});
    expect(one.REDIS_URL).toBeUndefined();
    expect(one.INSTANCE_ID).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*-\d+-[0-9a-f]{6}$/);
    expect(other.INSTANCE_ID).not.toBe(one.INSTANCE_ID);
    expect(one).toMatchObject({ SHUTDOWN_GRACE_MS: 10_000, SHUTDOWN_DRAIN_MS: 0 });
    expect(
      loadConfig({
        REDIS_URL: 'redis://127.0.0.1:6379',
        INSTANCE_ID: 'web-2',
        SHUTDOWN_DRAIN_MS: '3000',
        SHUTDOWN_GRACE_MS: '20000',
      }),
    ).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      INSTANCE_ID: 'web-2',
      SHUTDOWN_DRAIN_MS: 3000,
      SHUTDOWN_GRACE_MS: 20_000,
    });
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.internal:6380/2' }).REDIS_URL).toBe(
      'rediss://user:pw@cache.internal:6380/2',
    );
  });

  it.each([
    ['REDIS_URL', 'localhost:6379'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['INSTANCE_ID', 'web 1'],
    ['INSTANCE_ID', '-web'],
    ['INSTANCE_ID', 'x'.repeat(65)],
    ['SHUTDOWN_GRACE_MS', '500'],
    ['SHUTDOWN_GRACE_MS', 'soon'],
    ['SHUTDOWN_DRAIN_MS', '-1'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(problem({ [name]: value })).toContain(`${name}:`);
  });

  it('refuses a drain as long as the whole shutdown, and never prints a Redis password', () => {
    expect(problem({ SHUTDOWN_DRAIN_MS: '10000' })).toContain(
      'SHUTDOWN_DRAIN_MS: must be shorter than SHUTDOWN_GRACE_MS',
    );
    expect(problem({ REDIS_URL: 'redis://u:hunter2@cache/x' })).not.toContain('hunter2');
  });

  it('keeps messages in the database unless SMTP_URL names a mail server; retries give up after 8 attempts and a day', () => {
    const config = loadConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config).toMatchObject({
      MAIL_FROM: 'MiConsulado <citas@miconsulado.example>',
      MESSAGE_POLL_MS: 1000,
      MESSAGE_MAX_ATTEMPTS: 8,
      MESSAGE_GIVE_UP_HOURS: 24,
      MESSAGE_RETRY_BASE_MS: 2000,
      MESSAGE_BATCH: 50,
      MESSAGE_LEASE_MS: 60000,
    });
    expect(loadConfig({ SMTP_URL: 'smtp://mailer:s3cret@mail.example.org:587' }).SMTP_URL).toBe(
      'smtp://mailer:s3cret@mail.example.org:587',
    );
    expect(problem({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).toContain('SMTP_URL:');
    expect(problem({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).not.toContain('s3cret');
  });

  it('sends SMS only with the Twilio account: TWILIO_SMS_FROM alone is refused', () => {
    expect(problem({ TWILIO_SMS_FROM: '+15205550100' })).toContain(
      'TWILIO_SMS_FROM: SMS through Twilio needs',
    );
    expect(problem({ TWILIO_SMS_FROM: '5205550100' })).toContain('TWILIO_SMS_FROM:');
    expect(problem({ TWILIO_MESSAGING_SERVICE_SID: 'MGnope' })).toContain('TWILIO_MESSAGING_SERVICE_SID:');
  });
});
