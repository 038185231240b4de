import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, type ElectronHost } from './electron-binary';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'miconsulado-electron-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const write = (path: string, content = '') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};

/** A complete install: the electron package, its downloaded binary and the built shell. */
function install(executable = 'electron') {
  write('node_modules/electron/package.json', '{"name":"electron"}');
  write('node_modules/electron/path.txt', executable);
  write(`node_modules/electron/dist/${executable}`, '#!/bin/sh\n');
  write('dist/electron/main.cjs', '');
}

const linuxDesktop = (): ElectronHost => ({ root, platform: 'linux', env: { DISPLAY: ':0' }, uid: 1000 });

describe('findElectronBinary', () => {
  it('finds the downloaded binary named by node_modules/electron/path.txt', () => {
    install();
    expect(findElectronBinary(linuxDesktop())).toEqual({
      ok: true,
      binary: join(root, 'node_modules/electron/dist/electron'),
    });
    expect(findElectronBinary({ ...linuxDesktop(), env: { WAYLAND_DISPLAY: 'wayland-0' } })).toMatchObject({
      ok: true,
    });
  });

  it('uses the executable path of macOS and Windows as path.txt gives it, without a display check', () => {
    install('Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary({ root, platform: 'darwin', env: {} })).toEqual({
      ok: true,
      binary: join(root, 'node_modules/electron/dist/Electron.app/Contents/MacOS/Electron'),
    });
    rmSync(join(root, 'node_modules'), { recursive: true });
    install('electron.exe');
    expect(findElectronBinary({ root, platform: 'win32', env: {} })).toEqual({
      ok: true,
      binary: join(root, 'node_modules/electron/dist/electron.exe'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    install();
    write('elsewhere/electron', '');
    const env = { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: join(root, 'elsewhere') };
    expect(findElectronBinary({ ...linuxDesktop(), env })).toEqual({
      ok: true,
      binary: join(root, 'elsewhere/electron'),
    });
    rmSync(join(root, 'node_modules/electron/path.txt'));
    expect(findElectronBinary({ ...linuxDesktop(), env })).toEqual({
      ok: true,
      binary: join(root, 'elsewhere/electron'),
    });
  });

  it('needs a display on Linux: neither DISPLAY nor WAYLAND_DISPLAY', () => {
    install();
    const probe = findElectronBinary({ ...linuxDesktop(), env: {} });
    expect(probe).toEqual({ ok: false, reason: expect.stringContaining('no display') });
    expect(!probe.ok && probe.reason).toContain('DISPLAY');
    expect(findElectronBinary({ ...linuxDesktop(), env: { DISPLAY: '' } })).toMatchObject({ ok: false });
  });

  it('says Electron does not run as root on Linux', () => {
    install();
    expect(findElectronBinary({ ...linuxDesktop(), uid: 0 })).toEqual({
      ok: false,
      reason: expect.stringContaining('root'),
    });
  });

  it('says the electron package is not installed', () => {
    expect(findElectronBinary(linuxDesktop())).toEqual({
      ok: false,
      reason: expect.stringContaining('node_modules/electron is missing'),
    });
  });

  it('says the binary was never downloaded when path.txt is missing', () => {
    write('node_modules/electron/package.json', '{}');
    write('dist/electron/main.cjs', '');
    expect(findElectronBinary(linuxDesktop())).toEqual({
      ok: false,
      reason: expect.stringContaining('node_modules/electron/path.txt is missing'),
    });
  });

  it('says the binary is missing when path.txt names a file that is not there', () => {
    install();
    rmSync(join(root, 'node_modules/electron/dist'), { recursive: true });
    expect(findElectronBinary(linuxDesktop())).toEqual({
      ok: false,
      reason: expect.stringContaining('node_modules/electron/dist/electron is missing'),
    });
  });

  it('says the shell is not built without dist/electron/main.cjs', () => {
    install();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(findElectronBinary(linuxDesktop())).toEqual({
      ok: false,
      reason: expect.stringContaining('dist/electron/main.cjs is missing'),
    });
  });

  it('finds the binary without a built shell for a caller that builds it itself (the launch test)', () => {
    install();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(findElectronBinary({ ...linuxDesktop(), requireBuiltShell: false })).toEqual({
      ok: true,
      binary: join(root, 'node_modules/electron/dist/electron'),
    });
  });

  it('gives every reason as one line', () => {
    const hosts: ElectronHost[] = [
      { ...linuxDesktop(), env: {} },
      { ...linuxDesktop(), uid: 0 },
      linuxDesktop(),
    ];
    for (const host of hosts) {
      const probe = findElectronBinary(host);
      expect(probe.ok).toBe(false);
      if (!probe.ok) expect(probe.reason).not.toContain('\n');
    }
  });
});
