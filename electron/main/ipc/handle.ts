/**
 * The one way the main process answers the console: `handle(channel, schema, fn)`. Before `fn`
 * runs, the call must come from the main frame of a page of `app://console`, and its arguments
 * must parse with the channel's schema from `shared/ipc`; the answer is parsed with the result
 * schema before it leaves. A refused call rejects in the page with the reason, and `fn` never runs.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { z } from 'zod';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { DesktopInvokeContract, InvokeArgs, InvokeResult } from '../../../shared/ipc/schemas';
import { APP_ORIGIN, isAppUrl } from '../app-origin';

export type InvokeHandler<C extends InvokeChannel> = (
  args: InvokeArgs<C>,
  event: IpcMainInvokeEvent,
) => Promise<InvokeResult<C>> | InvokeResult<C>;

function isMainFrame(frame: WebFrameMain, main: WebFrameMain | null): boolean {
  if (main === null || frame.parent !== null) return false;
  // Electron may hand out two wrappers for one frame: compare its ids too.
  return frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
}

/** Why a call is refused, or null when its sender is the console's main frame. */
export function senderRefusal(event: IpcMainInvokeEvent): string | null {
  const frame = event.senderFrame;
  if (frame === null || frame.detached) return 'its frame is gone';
  if (!isMainFrame(frame, event.sender.mainFrame)) return 'it came from a sub-frame, not the main frame';
  if (!isAppUrl(frame.url)) return `it came from ${frame.url || 'an unknown page'}, not ${APP_ORIGIN}`;
  return null;
}

function refused(channel: string, reason: string): Error {
  const message = `${channel} refused: ${reason}`;
  console.warn(`[ipc] ${message}`);
  return new Error(message);
}

export function handle<C extends InvokeChannel>(
  channel: C,
  schema: DesktopInvokeContract[C],
  fn: InvokeHandler<C>,
): void {
  // The table's entries differ per channel; inside, one shape is enough.
  const contract: { args: z.ZodType; result: z.ZodType } = schema;
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
    const refusal = senderRefusal(event);
    if (refusal !== null) throw refused(channel, refusal);
    const args = contract.args.safeParse(rawArgs);
    if (!args.success) throw refused(channel, `bad arguments: ${z.prettifyError(args.error)}`);
    const result = await fn(args.data as InvokeArgs<C>, event);
    return contract.result.parse(result);
  });
}
