import { writeSync } from 'node:fs';
import { scrubText } from './personal-data-filter';

/**
 * A process that could not start (a bad setting, a scenario file that does not parse, a database
 * out of reach) says why in one JSON line on standard error: there may be no configuration, hence no
 * logger, yet. The message names the setting or file; the stack is left out.
 */
export function writeStartupFailure(error: unknown, stream: 1 | 2 = 2): void {
  const message = error instanceof Error ? error.message : String(error);
  const line = JSON.stringify({ time: new Date().toISOString(), level: 'fatal', msg: scrubText(message) });
  writeSync(stream, `${line}\n`);
}
