import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleBuildStatus, newestFileUnder } from './console-build';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'miconsulado-build-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-09T12:00:00Z');

/** Writes a file with its modification time `hours` after T0. */
function write(path: string, hours: number) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  const at = new Date(T0 + hours * HOUR);
  utimesSync(full, at, at);
}

function sources(hours: number) {
  write('renderer/src/main.tsx', hours);
  write('electron/main/main.ts', hours);
  write('shared/api/calls.ts', hours);
}

function outputs(hours: number) {
  write('dist/renderer/index.html', hours);
  write('dist/electron/main.cjs', hours);
}

describe('consoleBuildStatus', () => {
  it('needs no build when both outputs are newer than every source', () => {
    sources(0);
    outputs(1);
    expect(consoleBuildStatus(root)).toEqual({ needed: false });
  });

  it('builds when the console or the shell was never built', () => {
    sources(0);
    expect(consoleBuildStatus(root)).toEqual({ needed: true, reason: 'dist/renderer/index.html is missing' });
    write('dist/renderer/index.html', 1);
    expect(consoleBuildStatus(root)).toEqual({ needed: true, reason: 'dist/electron/main.cjs is missing' });
  });

  it.each(['renderer/src/features/call/call-bar.tsx', 'electron/preload/preload.ts', 'shared/api/common.ts'])(
    'builds again when %s changed after the build',
    (path) => {
      sources(0);
      outputs(1);
      write(path, 2);
      expect(consoleBuildStatus(root)).toEqual({
        needed: true,
        reason: `${path} changed after the last build`,
      });
    },
  );

  it('compares with the older of the two outputs', () => {
    sources(0);
    write('dist/renderer/index.html', 1);
    write('dist/electron/main.cjs', 3);
    write('renderer/src/app.tsx', 2);
    expect(consoleBuildStatus(root)).toMatchObject({ needed: true });
  });

  it('ignores dependencies, build folders and hidden files inside the sources', () => {
    sources(0);
    outputs(1);
    write('renderer/node_modules/some-lib/index.js', 5);
    write('renderer/.vite/deps/chunk.js', 5);
    write('electron/dist/main.cjs', 5);
    write('shared/.DS_Store', 5);
    expect(consoleBuildStatus(root)).toEqual({ needed: false });
  });

  it('does not mind a missing source folder', () => {
    write('shared/api/calls.ts', 0);
    outputs(1);
    expect(consoleBuildStatus(root)).toEqual({ needed: false });
  });
});

describe('newestFileUnder', () => {
  it('finds the most recently modified file at any depth, or null in an empty or missing folder', () => {
    write('renderer/a.ts', 0);
    write('renderer/deep/er/b.ts', 4);
    write('renderer/c.ts', 2);
    expect(newestFileUnder(join(root, 'renderer'))).toEqual({
      path: join(root, 'renderer/deep/er/b.ts'),
      mtimeMs: T0 + 4 * HOUR,
    });
    mkdirSync(join(root, 'empty'));
    expect(newestFileUnder(join(root, 'empty'))).toBeNull();
    expect(newestFileUnder(join(root, 'nowhere'))).toBeNull();
  });
});
