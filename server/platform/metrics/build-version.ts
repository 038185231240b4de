import { readFileSync } from 'node:fs';

/** The server's version: package.json's, read once at start ("unknown" if it cannot be read). */
export function buildVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
