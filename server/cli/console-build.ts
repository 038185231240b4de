import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `npm run build` writes: the console's bundle and the Electron shell that loads it. */
export const BUILD_OUTPUTS = ['dist/renderer/index.html', 'dist/electron/main.cjs'] as const;
/** What the build reads. A file changed here after the last build makes it stale. */
export const BUILD_INPUTS = ['renderer', 'electron', 'shared'] as const;

export type BuildStatus = { needed: false } | { needed: true; reason: string };

interface NewestFile {
  path: string;
  mtimeMs: number;
}

/** The most recently modified file under `dir` (dependencies, builds and hidden folders skipped). */
export function newestFileUnder(dir: string): NewestFile | null {
  let newest: NewestFile | null = null;
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const { mtimeMs } = statSync(path);
        if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
      }
    }
  };
  visit(dir);
  return newest;
}

/**
 * Whether `npm start` must build the console first: an output is missing, or a source file under
 * renderer/, electron/ or shared/ is newer than the oldest output. The reason names the file.
 */
export function consoleBuildStatus(root: string): BuildStatus {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    const path = join(root, output);
    if (!existsSync(path)) return { needed: true, reason: `${output} is missing` };
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs);
  }
  let newest: NewestFile | null = null;
  for (const input of BUILD_INPUTS) {
    const candidate = newestFileUnder(join(root, input));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  if (newest && newest.mtimeMs > oldestOutput)
    return {
      needed: true,
      reason: `${relative(root, newest.path).split('\\').join('/')} changed after the last build`,
    };
  return { needed: false };
}
