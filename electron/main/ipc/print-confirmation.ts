/**
 * Saves the appointment confirmation as a PDF: prints the sender's page (its print stylesheet
 * shows only the read-back panel), asks where to save it (`cita-<CODE>.pdf` by default) and
 * writes the file.
 */
import type { SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import { join } from 'node:path';
import type { PrintConfirmationRequest, PrintConfirmationResult } from '../../../shared/ipc/schemas';

export interface ConfirmationPrinterDeps {
  /** The folder the save dialog opens in (the user's Documents). */
  defaultDir: () => string;
  showSaveDialog: (page: WebContents, options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
}

export function confirmationFileName(confirmationCode: string): string {
  return `cita-${confirmationCode}.pdf`;
}

export function createConfirmationPrinter(deps: ConfirmationPrinterDeps) {
  return async (
    { confirmationCode }: PrintConfirmationRequest,
    page: WebContents,
  ): Promise<PrintConfirmationResult> => {
    const pdf = await page.printToPDF({ printBackground: true, pageSize: 'Letter' });
    const choice = await deps.showSaveDialog(page, {
      title: 'Guardar confirmación de la cita',
      defaultPath: join(deps.defaultDir(), confirmationFileName(confirmationCode)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
    await deps.writeFile(path, pdf);
    return { saved: true, path };
  };
}
