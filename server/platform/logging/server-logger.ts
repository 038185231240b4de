import pino, { type DestinationStream, type Logger } from 'pino';
import { censorFields, scrubText } from './personal-data-filter';
import { serializeError } from './safe-error';

export type ServerLogger = Logger;

export interface ServerLoggerOptions {
  /** LOG_LEVEL. */
  level: string;
  /** INSTANCE_ID: on every line, so the lines of several instances can be told apart. */
  instanceId: string;
  /** Where the JSON lines go, one call per line; standard output when left out. */
  write?: (line: string) => void;
}

/**
 * The one logger of a server process: JSON lines with `time` (ISO 8601, UTC), `level` (its name),
 * `instance` and `msg`, and whatever a line is about (`reqId`, `callId`, `userId`, `err`...). Fields
 * that may hold a person's data are censored by name, errors keep only class, code, message and
 * stack, and each line is scrubbed of CURPs, e-mail addresses and phone numbers before it is written.
 */
export function createServerLogger(options: ServerLoggerOptions): ServerLogger {
  const destination: DestinationStream = options.write
    ? { write: (line: string) => options.write?.(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: options.level,
      base: { instance: options.instanceId },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => censorFields(fields) as Record<string, unknown>,
      },
      serializers: { err: serializeError, error: serializeError },
      hooks: { streamWrite: scrubText },
    },
    destination,
  );
}

/**
 * The lines that say what the process is doing (starting, seeding, listening, stopping): written at
 * `info` even when LOG_LEVEL is `warn` or `error` (a supervisor waits for "listening on"), never
 * when it is `silent`.
 */
export function lifecycleLogger(logger: ServerLogger): ServerLogger {
  const quieter = ['fatal', 'error', 'warn'].includes(logger.level);
  return quieter ? logger.child({}, { level: 'info' }) : logger;
}
