/**
 * Counts what the operator's hands do: command keys (Enter, arrows, shortcuts) apart from the
 * characters typed as the caller's data (a CURP, a name), and never a mouse event.
 */
import type { Page } from 'playwright-core';

export class Keyboard {
  commandKeys = 0;
  typedCharacters = 0;
  readonly log: string[] = [];

  constructor(private readonly page: Page) {}

  /** One key or chord, e.g. "Enter", "Alt+N", "ArrowDown". */
  async press(key: string): Promise<void> {
    this.commandKeys += 1;
    this.log.push(key);
    await this.page.keyboard.press(key);
  }

  /** The caller's data, typed as an operator types it. */
  async type(text: string): Promise<void> {
    this.typedCharacters += text.length;
    this.log.push(JSON.stringify(text));
    await this.page.keyboard.type(text, { delay: 15 });
  }
}
