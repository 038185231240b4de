import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder (pinned in devDependencies); it ships no types.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  asar: boolean;
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const root = process.cwd();
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('names the console', () => {
    expect(config.appId).toBe('mx.gob.sre.miconsulado.console');
    expect(config.productName).toBe('MiConsulado');
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
  });

  it('burns the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The console loads from app://console: file:// pages get no privileges beyond a browser's.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("names each fuse as electron-builder's FuseOptionsV1 does (a misspelt fuse is silently not burnt)", () => {
    const types = readFileSync(join(root, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    const fuseOptions = /interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(types)?.[1] ?? '';
    const known = new Set([...fuseOptions.matchAll(/^\s+(\w+)\?: boolean;/gm)].map((match) => match[1]));
    expect(known.size).toBeGreaterThan(5);
    for (const fuse of Object.keys(config.electronFuses)) expect(known.has(fuse), fuse).toBe(true);
  });

  it('packs the two bundles and the console only: no node_modules, no source maps', () => {
    expect(config.files).toEqual(
      expect.arrayContaining([
        'dist/electron/**',
        'dist/renderer/**',
        'package.json',
        '!node_modules/**',
        '!**/*.map',
      ]),
    );
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'dist/electron/**',
      'dist/renderer/**',
      'package.json',
    ]);
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('points at icons that exist, at their sizes', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(join(root, config.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
    }
    expect(pngSize(join(root, config.mac.icon))).toEqual([512, 512]);

    const ico = readFileSync(join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toEqual([16, 32, 48, 64, 128, 256]);
    for (let i = 0; i < count; i++) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
    }
  });

  it('has the files the packaged app loads', () => {
    // The main process finds its preload beside it and the console one folder up.
    const main = readFileSync(join(root, 'electron/main/main.ts'), 'utf8');
    expect(main).toContain("join(__dirname, 'preload.cjs')");
    expect(main).toContain("join(__dirname, '../renderer')");
    expect(existsSync(join(root, 'scripts/build-electron.ts'))).toBe(true);
  });
});
