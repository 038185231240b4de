import { describe, expect, it } from 'vitest';
import { contentTypeOf, parseConsolePath } from './console-path';

describe('parseConsolePath', () => {
  it('gives the segments of a console path, without query or fragment', () => {
    expect(parseConsolePath('/')).toEqual({ kind: 'file', segments: [], hasExtension: false });
    expect(parseConsolePath('/assets/index-Bq3xT9aZ.js?v=1')).toEqual({
      kind: 'file',
      segments: ['assets', 'index-Bq3xT9aZ.js'],
      hasExtension: true,
    });
    expect(parseConsolePath('/llamadas/cal_123#top')).toEqual({
      kind: 'file',
      segments: ['llamadas', 'cal_123'],
      hasExtension: false,
    });
    expect(parseConsolePath('//agenda//hoy/')).toEqual({
      kind: 'file',
      segments: ['agenda', 'hoy'],
      hasExtension: false,
    });
    expect(parseConsolePath('/consulados/Ciudad%20Ju%C3%A1rez')).toEqual({
      kind: 'file',
      segments: ['consulados', 'Ciudad Juárez'],
      hasExtension: false,
    });
  });

  it('leaves /api and /socket.io to their owners, encoded or not', () => {
    for (const path of [
      '/api',
      '/api/',
      '/api/nothing?x=1',
      '/socket.io',
      '/socket.io/?EIO=4',
      '/%61pi/health',
      '/api%2fhealth',
    ]) {
      expect(parseConsolePath(path), path).toEqual({ kind: 'api' });
    }
    expect(parseConsolePath('/apis')).toMatchObject({ kind: 'file' });
    expect(parseConsolePath('/socket.iox')).toMatchObject({ kind: 'file' });
  });

  it.each([
    '/../package.json',
    '/assets/../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E%2F%2E%2E%2Fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/./index.html',
    '/..',
    '/index.html%00.js',
    '/%00',
    '/assets\\..\\package.json',
    '/assets/%5c..%5cpackage.json',
    '/%zz',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
    'index.html',
    'http://evil.example/index.html',
  ])('refuses %s', (path) => {
    expect(parseConsolePath(path).kind).toBe('bad');
  });

  it('does not decode twice: %252e%252e is a file name, not a traversal', () => {
    expect(parseConsolePath('/%252e%252e/x')).toEqual({
      kind: 'file',
      segments: ['%2e%2e', 'x'],
      hasExtension: false,
    });
  });

  it('marks hidden files', () => {
    for (const path of ['/.env', '/.git/config', '/assets/.DS_Store', '/%2eenv'])
      expect(parseConsolePath(path), path).toEqual({ kind: 'hidden' });
  });

  it('marks source maps hidden: the console ships no public source', () => {
    for (const path of [
      '/assets/index-B1.js.map',
      '/assets/index-B1.css.MAP',
      '/llamadas/assets/x.js.map?v=1',
    ])
      expect(parseConsolePath(path), path).toEqual({ kind: 'hidden' });
  });

  it('tells a file extension from a dotless console path', () => {
    expect(parseConsolePath('/favicon.ico')).toMatchObject({ hasExtension: true });
    expect(parseConsolePath('/assets/index-B1.js')).toMatchObject({ hasExtension: true });
    expect(parseConsolePath('/llamadas/v1.2/x')).toMatchObject({ hasExtension: false });
    expect(parseConsolePath('/agenda.')).toMatchObject({ hasExtension: false });
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['index-Bq3x.js', 'text/javascript; charset=utf-8'],
    ['index-Bq3x.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.PNG', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['font.woff2', 'font/woff2'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['index-Bq3x.js.map', 'application/json; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['archive.bin', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(contentTypeOf(name)).toBe(type);
  });
});
