import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron shell's entry point, as `npm run build:electron` writes it. */
export const ELECTRON_MAIN = 'dist/electron/main.cjs';

export type ElectronProbe = { ok: true; binary: string } | { ok: false; reason: string };

export interface ElectronHost {
  /** The repository: node_modules/electron and dist/ are under it. */
  root: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The effective user id (POSIX), undefined on Windows. */
  uid?: number;
  /** Whether dist/electron must already be built (false for a caller that builds it itself). */
  requireBuiltShell?: boolean;
}

/**
 * Finds an Electron binary that can open the console here, without `require('electron')` (that
 * downloads the binary when it is missing). The first reason it cannot, in one sentence: no display
 * (Linux), root (Chromium's sandbox refuses it), no electron package, no downloaded binary, or no
 * built shell.
 */
export function findElectronBinary(host: ElectronHost): ElectronProbe {
  const { root, platform, env } = host;
  const linuxLike = platform === 'linux' || platform === 'freebsd' || platform === 'openbsd';
  if (linuxLike && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      ok: false,
      reason: 'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    };
  }
  if (linuxLike && host.uid === 0) {
    return {
      ok: false,
      reason: "Electron does not run as root (Chromium's sandbox refuses it); run npm start as a normal user",
    };
  }
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return {
      ok: false,
      reason: 'the electron package is not installed (node_modules/electron is missing): run npm install',
    };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) {
    return {
      ok: false,
      reason:
        "Electron's binary was never downloaded (node_modules/electron/path.txt is missing): run npx install-electron",
    };
  }
  const binary = override ? join(override, executable || 'electron') : join(packageDir, 'dist', executable);
  if (!existsSync(binary)) {
    const shown = override ? binary : `node_modules/electron/dist/${executable}`;
    return {
      ok: false,
      reason: `Electron's binary ${shown} is missing (its download did not finish): run npx install-electron`,
    };
  }
  if (host.requireBuiltShell !== false && !existsSync(join(root, ELECTRON_MAIN))) {
    return {
      ok: false,
      reason: `the desktop shell is not built (${ELECTRON_MAIN} is missing): run npm run build`,
    };
  }
  return { ok: true, binary };
}
