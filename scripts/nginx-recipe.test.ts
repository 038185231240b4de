/**
 * The nginx recipe (deploy/nginx/miconsulado.conf), read as text: browsers that once reached the
 * console over TLS never try plain http again (HSTS on the TLS server, on every answer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const recipe = readFileSync(join(process.cwd(), 'deploy/nginx/miconsulado.conf'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*$/, ''))
  .join('\n');

/** The body of each top-level `server { … }` block (braces balanced). */
function serverBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const match of text.matchAll(/^server\s*\{/gm)) {
    let depth = 0;
    for (let i = (match.index ?? 0) + match[0].length - 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        blocks.push(text.slice(match.index, i + 1));
        break;
      }
    }
  }
  return blocks;
}

const servers = serverBlocks(recipe);
const tls = servers.filter((block) => /listen\s+[^;]*443\s+ssl/.test(block));

describe('the nginx recipe', () => {
  it('has one TLS server and one that redirects plain http to it', () => {
    expect(tls).toHaveLength(1);
    expect(servers.some((block) => /listen\s+80;/.test(block) && /return\s+301\s+https:/.test(block))).toBe(
      true,
    );
  });

  it('sends Strict-Transport-Security for a year or more on every answer of the TLS server (always)', () => {
    const hsts = /add_header\s+Strict-Transport-Security\s+"max-age=(\d+)(;[^"]*)?"\s+always;/.exec(
      tls[0] ?? '',
    );
    expect(hsts, 'add_header Strict-Transport-Security "max-age=…" always;').not.toBeNull();
    expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('has no add_header inside a location of the TLS server (it would drop the server-level HSTS there)', () => {
    const locations = (tls[0] ?? '').split(/\blocation\b/).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).not.toMatch(/add_header/);
  });
});
