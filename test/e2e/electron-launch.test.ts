/**
 * Launches the real desktop shell (dist/electron/main.cjs) against a test server, where an
 * Electron binary can run (found as `npm start` finds it: server/cli/electron-binary.ts). Elsewhere
 * the suite is skipped and says why. Never `require('electron')` here: it would try to download the binary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron';
import { ELECTRON_MAIN, findElectronBinary } from '../../server/cli/electron-binary';
import { startTestServer, type TestServer } from '../support/test-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(root, ELECTRON_MAIN);

// The same detection as `npm start`; this test builds the shell itself when it is missing.
const found = findElectronBinary({
  root,
  platform: process.platform,
  env: process.env,
  uid: process.getuid?.(),
  requireBuiltShell: false,
});
const probe: { binary: string } | { skip: string } = found.ok
  ? { binary: found.binary }
  : { skip: found.reason };
if ('skip' in probe) console.info(`electron-launch.test.ts skipped: ${probe.skip}`);

describe.skipIf('skip' in probe)(
  `the desktop shell${'skip' in probe ? ` (skipped: ${probe.skip})` : ''}`,
  () => {
    let server: TestServer;
    let app: ElectronApplication;
    let page: Page;

    beforeAll(async () => {
      if (!('binary' in probe)) return;
      if (!existsSync(MAIN)) await buildElectron();
      server = await startTestServer();
      app = await _electron.launch({
        executablePath: probe.binary,
        args: [MAIN],
        cwd: root,
        env: { ...process.env, MICONSULADO_SERVER_URL: server.url },
      });
      page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
    });

    afterAll(async () => {
      await app?.close();
      await server?.close();
    });

    it('opens the console from app://console', async () => {
      expect(page.url()).toBe('app://console/index.html');
      await expect.poll(() => page.title()).toMatch(/MiConsulado/);
    });

    it('gives the page the server URL through the preload', async () => {
      expect(await page.evaluate(() => window.miconsulado?.serverUrl)).toBe(server.url);
      expect(typeof (await page.evaluate(() => window.miconsulado?.appVersion()))).toBe('string');
    });

    it('keeps Node out of the page: no require, no process (context isolation holds)', async () => {
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (window as { process?: unknown }).process)).toBe('undefined');
    });

    it('opens no other window', async () => {
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
      expect(app.windows()).toHaveLength(1);
    });
  },
);
