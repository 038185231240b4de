import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LocalDate } from '../../shared/api/common';
import { DEFAULT_DATABASE_URL } from './db/database';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Where `npm run build:renderer` puts the console: `<repo>/dist/renderer`, wherever the server is started from. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** The practice scenarios, one JSON file each: `<repo>/resources/practice-scenarios`, wherever the server is started from. */
export const DEFAULT_PRACTICE_SCENARIOS_DIR = fileURLToPath(
  new URL('../../resources/practice-scenarios', import.meta.url),
);

/** An origin as browsers send it: `scheme://host[:port]`, no path, no `null`, no wildcard. */
const Origin = z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/[^\s/?#*]+$/, {
  error: (issue) =>
    `"${String(issue.input)}" is not an origin such as app://console or https://console.example.org (scheme://host[:port], no path)`,
});

/** A Redis server: `redis://[user:password@]host[:port][/db]`, or `rediss://` over TLS. */
const RedisUrl = z.string().regex(/^rediss?:\/\/[^\s/?#]+(\/\d+)?$/, {
  error: (issue) =>
    `"${String(issue.input).replace(/\/\/[^@/]*@/, '//…@')}" is not a Redis URL such as redis://127.0.0.1:6379`,
});

/** A proxy to believe: an address, a CIDR block (`10.0.0.0/8`, `fd00::/8`), or `loopback`, `linklocal`, `uniquelocal`. */
const isProxyAddress = (entry: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/** Names this process in logs, `/api/health` and Redis: host, pid and a few random characters, unique across restarts. */
export const defaultInstanceId = () => `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

/** The server's settings, from the environment (CONTRACT.md names the first ones). */
const ConfigSchema = z
  .object({
    PORT: int(0, 65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
    /** PostgreSQL: connections per instance (N instances × this must stay under the server's max_connections). */
    DATABASE_POOL_SIZE: int(1, 200).default(10),
    SEED: z.enum(['demo', 'none', '']).optional(),
    SEED_START: LocalDate.optional(),
    SEED_DAYS: int(1, 366).default(60),
    /** Synthetic applicants the demo seed writes. */
    SEED_APPLICANTS: int(0, 2_000_000).default(200_000),
    DEMO_PASSWORD: z.string().min(1).default('demo1234'),
    HOLD_TTL_SECONDS: int(1, 3600).default(300),
    /** How long a seat freed for a waitlisted caller stays held for them (minutes; a decimal, so tests can use 0.05). */
    WAITLIST_HOLD_MINUTES: z.coerce
      .number()
      .positive()
      .max(14 * 1440)
      .default(1440),
    /** Resellers hoard seats: live holds one user may have at once, and holds per minute. */
    MAX_LIVE_HOLDS_PER_USER: int(1, 1000).default(10),
    HOLDS_PER_MINUTE: int(1, 100_000).default(120),
    /** Failed sign-ins one client address may make for one username in 15 minutes (then 429 from there only). */
    FAILED_LOGINS_PER_15_MINUTES: int(1, 1000).default(10),
    /** Failed sign-ins for one username in an hour, from any addresses, that lock the account until a lead or admin unlocks it. */
    FAILED_LOGINS_PER_HOUR_TO_LOCK: int(1, 100_000).default(100),
    /**
     * Proxies whose `X-Forwarded-For` names the client (comma-separated addresses, CIDR blocks, or
     * `loopback`): the sign-in limits count per client address. Unset: the TCP peer is the client.
     */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ''),
      )
      .pipe(
        z.array(
          z.string().refine(isProxyAddress, {
            error: (issue) =>
              `"${String(issue.input)}" is not an address, a CIDR block such as 10.0.0.0/8, or loopback`,
          }),
        ),
      ),
    SESSION_TTL_HOURS: int(1, 24 * 14).default(12),
    /**
     * How long a request may take to arrive, headers and body (a slow client, a slowloris): past it
     * the server answers 408 request_timeout and closes the connection. Headers alone get at most 10 s.
     * WebSockets and long-polls are not cut: the time counts until the request has arrived.
     */
    REQUEST_TIMEOUT_MS: int(500, 600_000).default(30_000),
    SWEEP_INTERVAL_MS: int(50, 60_000).default(1000),
    /** How long seat changes are gathered before one `slots:changed` per consulate goes out. */
    SLOT_EVENT_BATCH_MS: int(0, 1000).default(5),
    /** How often each instance reads the outbox heads, in case a PostgreSQL notice was missed. */
    SLOT_EVENT_POLL_MS: int(50, 60_000).default(1000),
    /** How long outbox events are kept for reconnecting clients to catch up (older: they refetch). */
    SLOT_EVENT_RETENTION_MS: int(10_000, 24 * 3_600_000).default(15 * 60_000),
    /** How long a user's last console may be gone (reload, network blip, restart) before they show offline. */
    PRESENCE_GRACE_MS: int(0, 600_000).default(20_000),
    /** How long floor changes are gathered before one `floor:changed` goes to the leads. */
    FLOOR_EVENT_BATCH_MS: int(0, 5000).default(250),
    /** A call open this long is closed by the server and marked so, whatever its line (default two hours). */
    MAX_CALL_SECONDS: int(60, 86_400).default(7200),
    /** How often the server closes the calls nobody closed (wrap-up past the lead's limit, MAX_CALL_SECONDS). */
    CALL_SWEEP_INTERVAL_MS: int(50, 60_000).default(1000),
    /**
     * The built-in call simulator: `off`; `demo` (a caller every 20–40 s while someone is signed in,
     * at any hour: `npm start` sets it unless told otherwise); or a number N, the traffic model's
     * days replayed N times faster than real time (1: MiConsulado's real day, 35,000 calls a weekday).
     */
    SIMULATE_CALLS: z
      .string()
      .regex(/^(off|demo|[0-9]+(\.[0-9]+)?)$/, {
        error: 'must be off, demo or an acceleration factor such as 60',
        abort: true,
      })
      .refine(
        (value) => value === 'off' || value === 'demo' || (Number(value) > 0 && Number(value) <= 3600),
        {
          error: 'an acceleration factor must be above 0 and at most 3600',
        },
      )
      .default('off'),
    /** The simulator's seed: the same seed gives the same callers and the same days. */
    SIMULATE_CALLS_SEED: int(0, 2_147_483_647).default(2026),
    /** The simulated volume with an acceleration factor: 1 = 35,000 calls a weekday, 0.1 a tenth. */
    SIMULATE_CALLS_SCALE: z.coerce.number().positive().max(10).default(1),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The built console served at `/` (a relative path is taken from the working directory). */
    CONSOLE_DIR: z
      .string()
      .min(1)
      .default(DEFAULT_CONSOLE_DIR)
      .transform((dir) => resolve(dir)),
    /** The practice scenarios (`*.json`, one scenario each), loaded at start (a relative path is taken from the working directory). */
    PRACTICE_SCENARIOS_DIR: z
      .string()
      .min(1)
      .default(DEFAULT_PRACTICE_SCENARIOS_DIR)
      .transform((dir) => resolve(dir)),
    /** Origins that may call the API and socket.io cross-origin, comma-separated: the Electron shell's. */
    CONSOLE_ORIGINS: z
      .string()
      .default('app://console')
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim().toLowerCase())
          .filter((origin) => origin !== ''),
      )
      .pipe(z.array(Origin)),
    /** Several instances: socket.io's rooms (users, the floor, sign-outs) shared through this Redis; unset: one instance. */
    REDIS_URL: RedisUrl.optional(),
    /** Prefix of the adapter's Redis channels: deployments (or test runs) sharing one Redis keep apart by it. */
    REDIS_KEY: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9:_.-]{0,63}$/, {
        error: 'letters, digits, ":", "_", "." or "-", at most 64',
      })
      .default('miconsulado'),
    /** Twilio Programmable Voice (docs/TELEPHONY.md): the account whose calls reach the routing. */
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, { error: 'is not an account SID (AC followed by 32 hexadecimal digits)' })
      .optional(),
    /** Signs Twilio's webhooks and authenticates the REST calls; unset, the Twilio adapter is off. */
    TWILIO_AUTH_TOKEN: z.string().min(16, { error: 'is too short for a Twilio auth token' }).optional(),
    /** The public base URL Twilio calls (`https://line.example.org`): signatures are checked against it, never the Host header. */
    TWILIO_PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
        error: 'is not a base URL such as https://line.example.org (scheme://host[:port][/path], no query)',
      })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    /** Twilio's REST API; tests point it at a local stand-in. */
    TWILIO_API_BASE_URL: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+$/, { error: 'is not an origin such as https://api.twilio.com' })
      .default('https://api.twilio.com'),
    /** Operators who answer on a phone rather than the softphone: `username=+15551234567`, comma-separated. */
    TWILIO_OPERATOR_NUMBERS: z
      .string()
      .default('')
      .transform((list, ctx) => {
        const numbers: Record<string, string> = {};
        for (const entry of list
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== '')) {
          const match = /^([A-Za-z0-9._-]{1,64})=(\+[1-9][0-9]{7,14})$/.exec(entry);
          if (!match) {
            ctx.addIssue({
              code: 'custom',
              message: `"${entry}" is not username=+E164 (such as ana=+15551234567)`,
            });
            return z.NEVER;
          }
          numbers[match[1]!] = match[2]!;
        }
        return numbers;
      }),
    /** What a caller hears while waiting for an operator (Twilio's own hold music unless set). */
    TWILIO_HOLD_MUSIC_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, { error: 'is not an http(s) URL' })
      .default('http://com.twilio.sounds.music.s3.amazonaws.com/MARKOVICHAMP-Borghestral.mp3'),
    /** This process's name in logs, `/api/health` and the adapter. */
    INSTANCE_ID: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
        error: 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit',
      })
      .default(defaultInstanceId),
    /** On SIGTERM/SIGINT: readiness answers 503 for this long while everything else is still served (a proxy that polls readiness stops sending work). */
    SHUTDOWN_DRAIN_MS: int(0, 120_000).default(0),
    /** The whole shutdown (drain, in-flight requests, sockets, database) must end within this; after it the process exits anyway. */
    SHUTDOWN_GRACE_MS: int(1000, 600_000).default(10_000),
    /** The telephony side (call simulator, carrier adapters) sends `Authorization: Bearer <this>`; unset, its routes answer 401. */
    TELEPHONY_TOKEN: z.string().min(1).max(512).optional(),
    /** Prometheus scrapes GET /metrics with `Authorization: Bearer <this>`; unset, /metrics answers 404. */
    METRICS_TOKEN: z
      .string()
      .min(16, { error: 'is too short: use at least 16 characters (e.g. openssl rand -hex 24)' })
      .max(512)
      .regex(/^\S+$/, { error: 'must not contain spaces (it travels as a bearer token)' })
      .optional(),
    /** How long an operator has to accept an offered call before it goes to the next one. */
    OFFER_TIMEOUT_SECONDS: int(1, 600).default(15),
    /** Routing rules of one's own (queues by IVR choice and number dialled, languages, overflow), checked at start; unset: the routing module's. */
    ROUTING_RULES_FILE: z
      .string()
      .min(1)
      .transform((file) => resolve(file))
      .optional(),
    /** How often each instance looks for offers run out, overflow times passed and calls left waiting. */
    ROUTING_TICK_MS: int(20, 60_000).default(500),
    /** Messages to applicants by e-mail: `smtp://[user:password@]host:port` (or `smtps://`); unset, e-mails are kept for leads to read. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s/?#]+\/?(\?\S*)?$/, {
        error: (issue) =>
          `"${String(issue.input).replace(/\/\/[^@/]*@/, '//…@')}" is not an SMTP URL such as smtp://mail.example.org:587`,
      })
      .optional(),
    /** The From of every e-mail to applicants; its domain names the Message-IDs. */
    MAIL_FROM: z.string().min(3).max(320).default('MiConsulado <citas@miconsulado.example>'),
    /** How often each instance looks for messages due (one queued on this instance is sent at once). */
    MESSAGE_POLL_MS: int(20, 600_000).default(1000),
    /** A message the server never accepted is `failed` after at least this many attempts… */
    MESSAGE_MAX_ATTEMPTS: int(1, 100).default(8),
    /** …and this many hours since it was queued (a decimal; an outage of an hour loses nothing). */
    MESSAGE_GIVE_UP_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(24),
    /** The wait after a first failed attempt; it doubles with each (jittered), at most 15 minutes. */
    MESSAGE_RETRY_BASE_MS: int(10, 15 * 60_000).default(2000),
    /** Messages one instance leases and sends at once. */
    MESSAGE_BATCH: int(1, 1000).default(50),
    /** How long a leased message is this instance's: if it dies mid-send, another sends it after this. */
    MESSAGE_LEASE_MS: int(1000, 3_600_000).default(60_000),
    /** SMS to applicants through Twilio Messaging (with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN): the number to send from… */
    TWILIO_SMS_FROM: z
      .string()
      .regex(/^\+[1-9][0-9]{7,14}$/, { error: 'is not a phone number in E.164 form (such as +15551234567)' })
      .optional(),
    /** …or a Messaging Service that chooses it (MG followed by 32 hexadecimal digits). */
    TWILIO_MESSAGING_SERVICE_SID: z
      .string()
      .regex(/^MG[0-9a-fA-F]{32}$/, {
        error: 'is not a Messaging Service SID (MG followed by 32 hexadecimal digits)',
      })
      .optional(),
    /** Scheduled SQLite backups: the directory they go to (created if missing); unset, none are taken. */
    BACKUP_DIR: z
      .string()
      .min(1)
      .transform((dir) => resolve(dir))
      .optional(),
    /** Hours between scheduled backups, the first one interval after the start (a decimal, so tests can use 0.001). */
    BACKUP_EVERY_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 366)
      .default(24),
    /** The newest scheduled backups kept in BACKUP_DIR (older ones the schedule made are deleted; other files never). */
    BACKUP_KEEP: int(1, 10_000).default(7),
    /**
     * Personal data (docs/PERSONAL-DATA.md): applicants with no registration, appointment, call or
     * waitlist entry in this many years are anonymised by the retention job; `off` stops it.
     */
    RETENTION_YEARS: z
      .string()
      .regex(/^(off|[0-9]+)$/, { error: 'must be a whole number of years (1 to 100) or off', abort: true })
      .refine((value) => value === 'off' || (Number(value) >= 1 && Number(value) <= 100), {
        error: 'must be a whole number of years from 1 to 100, or off',
      })
      .transform((value) => (value === 'off' ? null : Number(value)))
      .default(5),
    /** How often the retention job runs (one instance a round when there are several); the first round a minute after the start at most. */
    RETENTION_INTERVAL_MS: int(50, 7 * 86_400_000).default(86_400_000),
    /** Applicants anonymised per transaction by the retention job (a bounded transaction, then the next). */
    RETENTION_BATCH: int(1, 5000).default(200),
  })
  .refine((config) => !config.TWILIO_AUTH_TOKEN || (config.TWILIO_ACCOUNT_SID && config.TWILIO_PUBLIC_URL), {
    path: ['TWILIO_AUTH_TOKEN'],
    error:
      'needs TWILIO_ACCOUNT_SID (the account) and TWILIO_PUBLIC_URL (the address Twilio calls, which its signatures cover)',
  })
  .refine(
    (config) =>
      !(config.TWILIO_SMS_FROM || config.TWILIO_MESSAGING_SERVICE_SID) ||
      (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN),
    {
      path: ['TWILIO_SMS_FROM'],
      error:
        'SMS through Twilio needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (the account that sends them)',
    },
  )
  .refine((config) => !config.BACKUP_DIR || config.DATABASE_URL.startsWith('sqlite:'), {
    path: ['BACKUP_DIR'],
    error:
      'scheduled backups copy the embedded SQLite database; on PostgreSQL unset BACKUP_DIR and follow the PostgreSQL backup recipe in docs/DEPLOYMENT.md (base backups with WAL archiving, or pg_dump)',
  })
  .refine((config) => config.SHUTDOWN_DRAIN_MS < config.SHUTDOWN_GRACE_MS, {
    path: ['SHUTDOWN_DRAIN_MS'],
    error: 'must be shorter than SHUTDOWN_GRACE_MS, or the drain alone uses up the time to shut down',
  });

export type ServerConfig = z.infer<typeof ConfigSchema>;

/** Parses the environment; a bad value stops the server with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad server configuration: ${problems}`);
  }
  return parsed.data;
}
