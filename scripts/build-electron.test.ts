import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, type BuildElectronResult } from './build-electron';

const requires = (code: string) =>
  [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

describe('the Electron build', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'miconsulado-electron-build-')), 'electron');
  let built: BuildElectronResult;
  beforeAll(async () => {
    built = await buildElectron({ outDir });
  }, 30_000);
  afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

  it('writes main.cjs and preload.cjs', () => {
    expect(built).toEqual({ main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') });
    expect(existsSync(built.main)).toBe(true);
    expect(existsSync(built.preload)).toBe(true);
  });

  it('leaves the sandboxed preload one file that requires only electron', () => {
    const preload = readFileSync(built.preload, 'utf8');
    expect(new Set(requires(preload))).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keeps the main process free of the server and native modules', () => {
    const main = readFileSync(built.main, 'utf8');
    const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const foreign = requires(main).filter((name) => name !== 'electron' && !nodeBuiltins.has(name!));
    expect(foreign).toEqual([]);
    expect(main).not.toMatch(/better-sqlite3|node_modules\/pg\/|require\(["']pg["']\)|\/\/ server\//);
    // zod is bundled in, not required from node_modules (there is none in the package).
    expect(main).toContain('node_modules/zod/');
  });
});
