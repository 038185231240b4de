/**
 * A stand-in for `dist/renderer` (what `npm run build:renderer` writes): an index.html that links
 * a hashed script and stylesheet relatively, as vite's build does, and a few other files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeConsoleBuild {
  dir: string;
  indexHtml: string;
  script: { path: string; content: string };
  style: { path: string; content: string };
  remove(): void;
}

export function fakeConsoleBuild(options: { withIndex?: boolean } = {}): FakeConsoleBuild {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-console-'));
  const indexHtml =
    '<!doctype html>\n<html lang="es-MX"><head><meta charset="utf-8"><title>MiConsulado</title>' +
    '<script type="module" crossorigin src="./assets/index-Bq3xT9aZ.js"></script>' +
    '<link rel="stylesheet" crossorigin href="./assets/index-C4fWq1Lm.css"></head>' +
    '<body><div id="root"></div></body></html>\n';
  const script = { path: '/assets/index-Bq3xT9aZ.js', content: 'console.log("consola");\n' };
  const style = { path: '/assets/index-C4fWq1Lm.css', content: 'body{margin:0}\n' };
  mkdirSync(join(dir, 'assets'));
  if (options.withIndex !== false) writeFileSync(join(dir, 'index.html'), indexHtml);
  writeFileSync(join(dir, script.path), script.content);
  writeFileSync(join(dir, style.path), style.content);
  writeFileSync(join(dir, 'assets', 'index-Bq3xT9aZ.js.map'), '{"version":3,"sources":[],"mappings":""}');
  writeFileSync(join(dir, 'assets', 'logo-D1x2y3z4.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'assets', 'font-E5f6g7h8.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(join(dir, '.env'), 'SECRET=do-not-serve\n');
  return { dir, indexHtml, script, style, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
