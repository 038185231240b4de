/**
 * The IPC contract: one zod schema per channel for the arguments (a tuple) and the result. The
 * preload parses arguments before sending and results on arrival; the main process parses
 * arguments again (a compromised page could skip the preload's checks) and results before answering.
 */
import { z } from 'zod';
import { isConfirmationCode } from '../domain/booking/confirmation-code';
import { InvokeChannels, type InvokeChannel } from './channels';

/** The server's opaque session token (base64url today); printable ASCII, no spaces, bounded. */
export const SessionToken = z
  .string()
  .min(1, 'must not be empty')
  .max(512, 'is too long')
  .regex(/^[\x21-\x7E]+$/, 'must be printable ASCII without spaces');

export const DesktopNotification = z.strictObject({
  title: z.string().trim().min(1, 'title is required').max(120, 'title is too long'),
  body: z.string().max(500, 'body is too long'),
});
export type DesktopNotification = z.infer<typeof DesktopNotification>;

export const PrintConfirmationRequest = z.strictObject({
  confirmationCode: z
    .string()
    .refine(isConfirmationCode, 'is not a confirmation code (7 characters, uppercase)'),
});
export type PrintConfirmationRequest = z.infer<typeof PrintConfirmationRequest>;

export const PrintConfirmationResult = z.strictObject({
  saved: z.boolean(),
  path: z.string().min(1).optional(),
});
export type PrintConfirmationResult = z.infer<typeof PrintConfirmationResult>;

/**
 * The scheduling server the console talks to: an http(s) URL with no credentials, path, query or
 * fragment, given as its origin (`http://127.0.0.1:4000`). The main process reads it from the
 * environment, the preload from its command line; both parse it here.
 */
export const ServerUrl = z.string().transform((text, ctx): string => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: `is not a URL: ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `must be an http or https URL, not ${url.protocol}` });
    return z.NEVER;
  }
  if (
    url.username ||
    url.password ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search ||
    url.hash
  ) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a bare origin such as http://127.0.0.1:4000 (no credentials, path, query or fragment)',
    });
    return z.NEVER;
  }
  return url.origin;
});

const noArgs = z.tuple([]);

/** Arguments and result of every invoke channel. */
export const desktopInvokeContract = {
  [InvokeChannels.appVersion]: { args: noArgs, result: z.string() },
  [InvokeChannels.tokensGet]: { args: noArgs, result: SessionToken.nullable() },
  [InvokeChannels.tokensSet]: { args: z.tuple([SessionToken]), result: z.void() },
  [InvokeChannels.tokensClear]: { args: noArgs, result: z.void() },
  [InvokeChannels.notify]: { args: z.tuple([DesktopNotification]), result: z.void() },
  [InvokeChannels.printConfirmation]: {
    args: z.tuple([PrintConfirmationRequest]),
    result: PrintConfirmationResult,
  },
} as const satisfies Record<InvokeChannel, { args: z.ZodTuple; result: z.ZodType }>;

export type DesktopInvokeContract = typeof desktopInvokeContract;
export type InvokeArgs<C extends InvokeChannel> = z.output<DesktopInvokeContract[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.output<DesktopInvokeContract[C]['result']>;
