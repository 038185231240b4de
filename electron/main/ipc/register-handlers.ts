/** Every IPC channel of the console, registered once through `handle` (see handle.ts). */
import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { InvokeChannels } from '../../../shared/ipc/channels';
import { desktopInvokeContract as contract } from '../../../shared/ipc/schemas';
import type { TokenStore } from '../token-store';
import { handle } from './handle';
import { showNotification } from './notifications';
import { createConfirmationPrinter } from './print-confirmation';

export function registerDesktopHandlers({ tokens }: { tokens: TokenStore }): void {
  const printConfirmation = createConfirmationPrinter({
    defaultDir: () => app.getPath('documents'),
    showSaveDialog: (page, options) => {
      const owner = BrowserWindow.fromWebContents(page);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    writeFile: (path, data) => writeFile(path, data),
  });

  handle(InvokeChannels.appVersion, contract[InvokeChannels.appVersion], () => app.getVersion());
  handle(InvokeChannels.tokensGet, contract[InvokeChannels.tokensGet], () => tokens.get());
  handle(InvokeChannels.tokensSet, contract[InvokeChannels.tokensSet], ([token]) => tokens.set(token));
  handle(InvokeChannels.tokensClear, contract[InvokeChannels.tokensClear], () => tokens.clear());
  handle(InvokeChannels.notify, contract[InvokeChannels.notify], ([notification], event) =>
    showNotification(notification, BrowserWindow.fromWebContents(event.sender)),
  );
  handle(InvokeChannels.printConfirmation, contract[InvokeChannels.printConfirmation], ([request], event) =>
    printConfirmation(request, event.sender),
  );
}
