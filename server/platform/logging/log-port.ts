/** Fields of a log line: plain values only (ids, counts, codes), never a person's data. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * What a module may log through, without knowing the logging library: a message, fields, and a
 * child that adds fields to every line (a call's `callId`).
 */
export interface Log {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields & { err?: unknown }): void;
  child(fields: LogFields): Log;
}

interface PinoLike {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(fields: object): PinoLike;
}

/** The port over the server's logger. */
export function logPort(logger: PinoLike): Log {
  return {
    info: (message, fields = {}) => logger.info(fields, message),
    warn: (message, fields = {}) => logger.warn(fields, message),
    error: (message, fields = {}) => logger.error(fields, message),
    child: (fields) => logPort(logger.child(fields)),
  };
}

/** What a failure nobody waits for concerns, for its log line: the call it happened on. Ids only. */
export interface ErrorContext {
  callId?: string;
}
