/**
 * The console as it ships (the production build the e2e setup makes, as `npm run build` does)
 * links no source map, and the server never hands one out: the public gets no source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_DIR } from '../../server/platform/config';
import { startConsoleServer, type ConsoleServer } from './support/console-server';

const assetsDir = join(DEFAULT_CONSOLE_DIR, 'assets');
const bundles = () => readdirSync(assetsDir).filter((name) => /\.(js|css)$/.test(name));

let server: ConsoleServer;

beforeAll(async () => {
  server = await startConsoleServer();
});

afterAll(async () => {
  await server?.close();
});

describe('no public source maps', () => {
  it('the built JavaScript and CSS name no sourceMappingURL', () => {
    const files = bundles();
    expect(files.some((name) => name.endsWith('.js'))).toBe(true);
    for (const name of files) {
      const links = readFileSync(join(assetsDir, name), 'utf8').includes('sourceMappingURL');
      expect(links, `${name} links a source map`).toBe(false);
    }
  });

  it("the server answers 404 for each bundle's map, whether or not the build wrote one", async () => {
    for (const name of bundles()) {
      for (const path of [`/assets/${name}.map`, `/agenda/assets/${name}.map`]) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).not.toContain('"mappings"');
      }
    }
    // The bundle itself is served: the 404 is about the map, not a missing console.
    const script = bundles().find((name) => name.endsWith('.js'));
    expect((await fetch(`${server.url}/assets/${script}`)).status).toBe(200);
    expect(existsSync(join(DEFAULT_CONSOLE_DIR, 'index.html'))).toBe(true);
  });
});
