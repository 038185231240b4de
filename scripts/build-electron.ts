/**
 * Bundles the desktop shell (`npm run build:electron`):
 *   electron/main/main.ts       → dist/electron/main.cjs     (Electron's main process, Node 22)
 *   electron/preload/preload.ts → dist/electron/preload.cjs  (sandboxed preload: one file)
 * CommonJS, zod and shared/ bundled in, only `electron` left as a `require`. A sandboxed preload
 * cannot require anything else, and a bundle keeps node_modules out of the packaged app.
 */
import { build, type BuildOptions } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface BuildElectronOptions {
  /** Where main.cjs and preload.cjs go; `dist/electron` by default. */
  outDir?: string;
  /** Source maps beside the bundles (electron-builder leaves *.map out of the package). */
  sourcemap?: boolean;
}

export interface BuildElectronResult {
  main: string;
  preload: string;
}

export async function buildElectron({
  outDir = join(REPO_ROOT, 'dist/electron'),
  sourcemap = false,
}: BuildElectronOptions = {}): Promise<BuildElectronResult> {
  const result = { main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') };
  await rm(outDir, { recursive: true, force: true });
  const common: BuildOptions = {
    absWorkingDir: REPO_ROOT,
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: result.main,
      platform: 'node',
      target: 'node22',
    }),
    // platform "browser": a Node built-in imported by mistake fails the build, not the sandbox.
    // Minified: it loads before every page (zod inside: ~760 KB → ~450 KB).
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: result.preload,
      platform: 'browser',
      target: 'chrome130',
      minify: true,
    }),
  ]);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildElectron({ sourcemap: process.argv.includes('--sourcemap') })
    .then(({ main, preload }) => console.log(`built ${main}\nbuilt ${preload}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
