/**
 * The console's bridge to the desktop (bundled to dist/electron/preload.cjs; it runs sandboxed).
 * It exposes `window.miconsulado`: named verbs only, each sending one fixed channel with
 * arguments checked by the shared schemas. The page never gets `ipcRenderer` or a way to pick a
 * channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  EventChannels,
  InvokeChannels,
  SERVER_URL_ARGUMENT,
  type InvokeChannel,
} from '../../shared/ipc/channels';
import { DESKTOP_API_GLOBAL, type DesktopApi } from '../../shared/ipc/desktop-api';
import {
  desktopInvokeContract,
  ServerUrl,
  type InvokeArgs,
  type InvokeResult,
} from '../../shared/ipc/schemas';

/** Parses the arguments, sends them on the verb's own channel, parses the answer. */
async function call<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
  const contract: { args: { parse(value: unknown): unknown[] }; result: { parse(value: unknown): unknown } } =
    desktopInvokeContract[channel];
  const checked = contract.args.parse(args);
  return contract.result.parse(await ipcRenderer.invoke(channel, ...checked)) as InvokeResult<C>;
}

function serverUrlFromArgv(argv: readonly string[]): string {
  const argument = argv.find((value) => value.startsWith(SERVER_URL_ARGUMENT));
  if (argument === undefined) throw new Error(`miconsulado preload: ${SERVER_URL_ARGUMENT} is missing`);
  return ServerUrl.parse(argument.slice(SERVER_URL_ARGUMENT.length));
}

const api: DesktopApi = {
  serverUrl: serverUrlFromArgv(process.argv),
  appVersion: () => call(InvokeChannels.appVersion),
  tokens: {
    get: () => call(InvokeChannels.tokensGet),
    set: (token) => call(InvokeChannels.tokensSet, token),
    clear: () => call(InvokeChannels.tokensClear),
  },
  notify: (notification) => call(InvokeChannels.notify, notification),
  printConfirmation: (request) => call(InvokeChannels.printConfirmation, request),
  onSystemResumed(listener) {
    if (typeof listener !== 'function') throw new TypeError('onSystemResumed needs a function');
    // The page's listener never sees the IPC event (it would carry `sender`).
    const forward = () => listener();
    ipcRenderer.on(EventChannels.systemResumed, forward);
    return () => {
      ipcRenderer.removeListener(EventChannels.systemResumed, forward);
    };
  },
};

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
