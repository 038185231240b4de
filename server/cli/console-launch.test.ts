import { describe, expect, it } from 'vitest';
import {
  browserUrl,
  connectableUrl,
  electronEnv,
  electronExitOutcome,
  noWindowMessage,
  npmRunBuild,
} from './console-launch';

describe('the console window around npm start', () => {
  it('gives browsers and Electron an address they can reach', () => {
    expect(browserUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/');
    expect(connectableUrl('http://0.0.0.0:4000')).toBe('http://127.0.0.1:4000');
    expect(connectableUrl('http://[::]:4100')).toBe('http://[::1]:4100');
    expect(browserUrl('http://[::1]:4000')).toBe('http://[::1]:4000/');
    expect(connectableUrl('http://console.internal:4000')).toBe('http://console.internal:4000');
  });

  it('says in one line why no window opens, then where the console opens in a browser', () => {
    const [why, where, ...rest] = noWindowMessage(
      'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
      'http://127.0.0.1:4000',
    ).split('\n');
    expect(why).toBe(
      'The desktop console cannot open here: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).',
    );
    expect(where).toBe('Open the console in a browser instead: http://127.0.0.1:4000/');
    expect(rest).toEqual([]);
  });

  it('passes the server URL to Electron, and never lets it run as plain Node', () => {
    const env = electronEnv(
      { PATH: '/usr/bin', DISPLAY: ':0', ELECTRON_RUN_AS_NODE: '1', UNSET: undefined },
      'http://0.0.0.0:4000',
    );
    expect(env).toEqual({ PATH: '/usr/bin', DISPLAY: ':0', MICONSULADO_SERVER_URL: 'http://127.0.0.1:4000' });
  });

  it('stops the server when the window closes, or when Ctrl+C stopped both', () => {
    for (const exit of [
      { code: 0, signal: null },
      { code: null, signal: 'SIGINT' },
      { code: null, signal: 'SIGTERM' },
    ]) {
      expect(electronExitOutcome(exit, 'http://127.0.0.1:4000').action).toBe('stop');
    }
  });

  it('keeps serving when Electron fails or crashes, and says where the console still opens', () => {
    const failed = electronExitOutcome({ code: 1, signal: null }, 'http://127.0.0.1:4000');
    expect(failed.action).toBe('keep-serving');
    expect(failed.message).toContain('Electron exited with code 1');
    expect(failed.message).toContain('http://127.0.0.1:4000/');
    expect(electronExitOutcome({ code: null, signal: 'SIGSEGV' }, 'http://127.0.0.1:4000').message).toContain(
      'stopped by SIGSEGV',
    );
  });

  it("runs npm run build through npm's own CLI when npm started us, else through npm on the PATH", () => {
    expect(
      npmRunBuild({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, 'linux', '/usr/bin/node'),
    ).toEqual({
      command: '/usr/bin/node',
      args: ['/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'build'],
      shell: false,
    });
    expect(npmRunBuild({}, 'linux', '/usr/bin/node')).toEqual({
      command: 'npm',
      args: ['run', 'build'],
      shell: false,
    });
    expect(
      npmRunBuild({ npm_execpath: '/usr/lib/node_modules/pnpm/bin/pnpm.cjs' }, 'win32', 'node.exe'),
    ).toEqual({ command: 'npm.cmd', args: ['run', 'build'], shell: true });
  });
});
