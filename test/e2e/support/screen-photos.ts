/** Photographs of whole screens, one per role, screen and language, kept to be looked at. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const screensDir = fileURLToPath(new URL('../../../test-results/screens', import.meta.url));

/** Saves test-results/screens/<name>.png (name: `<role>-<screen>-<lang>`). */
export async function screenPhoto(page: Page, name: string): Promise<string> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
