/**
 * What `npm start` says and does around the console window, as pure functions: the address to
 * give Electron and browsers, the environment of the Electron process, and what the end of that
 * process means.
 */

/** The server's URL as a client on this machine reaches it (a wildcard address is not one). */
export function connectableUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.hostname === '0.0.0.0') url.hostname = '127.0.0.1';
  else if (url.hostname === '[::]') url.hostname = '[::1]';
  return url.origin;
}

/** Where the same console opens in a browser. */
export const browserUrl = (serverUrl: string) => `${connectableUrl(serverUrl)}/`;

/** The Electron process's environment: ours, plus the server to connect to; never run as plain Node. */
export function electronEnv(
  env: Record<string, string | undefined>,
  serverUrl: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') out[name] = value;
  out.MICONSULADO_SERVER_URL = connectableUrl(serverUrl);
  return out;
}

/** The two lines printed when no window can open: why, and where the console is instead. */
export function noWindowMessage(reason: string, serverUrl: string): string {
  return `The desktop console cannot open here: ${reason}.\nOpen the console in a browser instead: ${browserUrl(serverUrl)}`;
}

export type ElectronExit = { action: 'stop'; message: string } | { action: 'keep-serving'; message: string };

/**
 * The window was closed (exit code 0, or stopped by Ctrl+C or a TERM with the server): stop the
 * server too. Electron failed or crashed: keep serving, and say where the console still opens.
 */
export function electronExitOutcome(
  exit: { code: number | null; signal: string | null },
  serverUrl: string,
): ElectronExit {
  if (exit.code === 0 || exit.signal === 'SIGINT' || exit.signal === 'SIGTERM') {
    return { action: 'stop', message: 'The console window closed: stopping the server.' };
  }
  const how = exit.signal ? `was stopped by ${exit.signal}` : `exited with code ${exit.code}`;
  return { action: 'keep-serving', message: keepServingMessage(`Electron ${how}`, serverUrl) };
}

/** Electron went away on its own (or never started): the server stays, and the browser is the way in. */
export function keepServingMessage(what: string, serverUrl: string): string {
  return `${what}: the server keeps running.\nOpen the console in a browser: ${browserUrl(serverUrl)} (Ctrl+C stops the server)`;
}

/** How to run `npm run build` from inside `npm start` (npm's own CLI when npm started us). */
export function npmRunBuild(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  nodePath: string,
): { command: string; args: string[]; shell: boolean } {
  const npmCli = env.npm_execpath;
  if (npmCli && /npm-cli\.[cm]?js$/.test(npmCli))
    return { command: nodePath, args: [npmCli, 'run', 'build'], shell: false };
  return {
    command: platform === 'win32' ? 'npm.cmd' : 'npm',
    args: ['run', 'build'],
    shell: platform === 'win32',
  };
}
