import type { WebContents } from 'electron';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createConfirmationPrinter } from './print-confirmation';

vi.mock('electron', () => ({}));

function setUp(choice: { canceled: boolean; filePath?: string }) {
  const pdf = Buffer.from('%PDF-1.7');
  const page = { printToPDF: vi.fn(async () => pdf) };
  const deps = {
    defaultDir: () => '/home/operadora/Documentos',
    showSaveDialog: vi.fn(async () => ({ canceled: choice.canceled, filePath: choice.filePath ?? '' })),
    writeFile: vi.fn(async () => {}),
  };
  return { pdf, page, deps, print: createConfirmationPrinter(deps) };
}

describe('printing a confirmation', () => {
  it('prints the page, offers cita-<CODE>.pdf and saves where the operator chose', async () => {
    const { pdf, page, deps, print } = setUp({ canceled: false, filePath: '/tmp/cita-ABC2345' });
    await expect(print({ confirmationCode: 'ABC2345' }, page as unknown as WebContents)).resolves.toEqual({
      saved: true,
      path: '/tmp/cita-ABC2345.pdf',
    });
    expect(page.printToPDF).toHaveBeenCalled();
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      page,
      expect.objectContaining({ defaultPath: join('/home/operadora/Documentos', 'cita-ABC2345.pdf') }),
    );
    expect(deps.writeFile).toHaveBeenCalledWith('/tmp/cita-ABC2345.pdf', pdf);
  });

  it('saves nothing when the operator cancels', async () => {
    const { page, deps, print } = setUp({ canceled: true });
    await expect(print({ confirmationCode: 'ABC2345' }, page as unknown as WebContents)).resolves.toEqual({
      saved: false,
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });
});
