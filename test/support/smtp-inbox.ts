/**
 * A real SMTP server in the test process (`smtp-server`), whose accepted messages are parsed with
 * `mailparser`: the server under test is pointed at `inbox.url` (SMTP_URL) and sends real mail over
 * loopback. A test can refuse recipients for good (550), take the server away (`down()`: the port stops
 * listening and open connections are cut, so a message in flight is not accepted) and bring it back on
 * the same port (`up()`).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface AcceptedEnvelope {
  from: string | null;
  to: string[];
  /** When the server answered 250 to the message's data (Date.now()). */
  acceptedAt: number;
  /** The message's Message-ID header as sent (angle brackets included), null when it had none. */
  messageId: string | null;
  size: number;
}

export interface SmtpInboxOptions {
  /** Parse each message with mailparser into `messages` (default true; a benchmark may count only). */
  parse?: boolean;
  /** Called as each message is accepted (before it is parsed). */
  onAccepted?: (envelope: AcceptedEnvelope) => void;
}

export interface SmtpInbox {
  /** `smtp://127.0.0.1:<port>` (no TLS, no authentication needed; credentials in the URL are accepted). */
  url: string;
  port: number;
  /** Every accepted message, parsed, in the order accepted. */
  messages: ParsedMail[];
  /** The envelope of every accepted message (same order as accepted; `messages` may lag while parsing). */
  envelopes: AcceptedEnvelope[];
  /** Resolves with `messages` once there are at least `count` of them, or once the predicate holds. */
  waitFor(until: number | ((messages: ParsedMail[]) => boolean), timeoutMs?: number): Promise<ParsedMail[]>;
  /** Recipients matching the pattern are refused at RCPT TO with this code (default 550: mailbox unavailable). */
  refuse(recipientPattern: RegExp | string, code?: number): void;
  /** Stops accepting: the port closes, open connections are cut (a message in flight is not accepted). */
  down(): Promise<void>;
  /** Goes down by itself right after the `count`-th accepted message from now (mid-batch). */
  downAfter(count: number): void;
  /** Accepts again, on the same port. */
  up(): Promise<void>;
  isUp(): boolean;
  close(): Promise<void>;
}

function recipientOf(address: { address: string }): string {
  return address.address.toLowerCase();
}

function readStream(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function headerMessageId(raw: Buffer): string | null {
  const headEnd = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, headEnd < 0 ? raw.length : headEnd).toString('utf8');
  const match = /^message-id:\s*(.+(?:\r\n[ \t].+)*)$/im.exec(head);
  return match ? match[1]!.replace(/\r\n[ \t]+/g, ' ').trim() : null;
}

export async function startSmtpInbox(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
  const parse = options.parse ?? true;
  const messages: ParsedMail[] = [];
  const envelopes: AcceptedEnvelope[] = [];
  const refusals: { pattern: RegExp; code: number }[] = [];
  const waiters = new Set<() => void>();
  const parsing = new Set<Promise<void>>();
  let server: SMTPServer | null = null;
  let port = 0;
  let downAfterCount: number | null = null;
  let goingDown: Promise<void> | null = null;

  const notify = (): void => {
    for (const check of [...waiters]) check();
  };

  const create = (): SMTPServer =>
    new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      hideSTARTTLS: true,
      authOptional: true,
      size: 25 * 1024 * 1024,
      closeTimeout: 1,
      onAuth(_auth, _session, callback) {
        callback(null, { user: 'test' });
      },
      onRcptTo(address, _session: SMTPServerSession, callback) {
        const recipient = recipientOf(address);
        const refusal = refusals.find((r) => r.pattern.test(recipient));
        if (refusal) {
          const error = new Error(
            refusal.code >= 500
              ? `Mailbox unavailable: ${recipient}`
              : `Mailbox busy, try again later: ${recipient}`,
          ) as Error & { responseCode: number };
          error.responseCode = refusal.code;
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const owner = server;
        readStream(stream).then(
          (raw) => {
            // A server taken down while the data arrived never answers 250 for it.
            if (server !== owner || server === null) {
              const error = new Error('Service not available') as Error & { responseCode: number };
              error.responseCode = 421;
              callback(error);
              return;
            }
            const envelope: AcceptedEnvelope = {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map(recipientOf),
              acceptedAt: Date.now(),
              messageId: headerMessageId(raw),
              size: raw.length,
            };
            callback();
            envelopes.push(envelope);
            options.onAccepted?.(envelope);
            if (parse) {
              const job = simpleParser(raw).then(
                (mail) => {
                  messages.push(mail);
                  notify();
                },
                (error: unknown) => {
                  console.error('smtp-inbox: a message could not be parsed', error);
                },
              );
              parsing.add(job);
              void job.finally(() => parsing.delete(job));
            } else notify();
            if (downAfterCount !== null && --downAfterCount <= 0) {
              downAfterCount = null;
              goingDown = down();
            }
          },
          (error: Error) => callback(error),
        );
      },
    });

  const listen = async (candidate: SMTPServer, onPort: number): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      candidate.server.once('error', reject);
      candidate.listen(onPort, '127.0.0.1', () => {
        candidate.server.off('error', reject);
        resolve();
      });
    });
    candidate.on('error', () => {
      // Cut connections report errors; the client side sees them, the inbox does not care.
    });
  };

  const up = async (): Promise<void> => {
    if (goingDown) await goingDown;
    if (server) return;
    const next = create();
    await listen(next, port);
    port = (next.server.address() as AddressInfo).port;
    server = next;
  };

  const down = async (): Promise<void> => {
    const current = server;
    if (!current) return;
    server = null;
    await new Promise<void>((resolve) => {
      current.close(() => resolve());
      // Cut open connections now (close() would let them finish their session first).
      for (const connection of (current as unknown as { connections: Set<{ close(): void }> }).connections)
        connection.close();
    });
  };

  await up();

  const matches = (until: number | ((m: ParsedMail[]) => boolean)): boolean =>
    typeof until === 'number' ? messages.length >= until : until(messages);

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    envelopes,
    waitFor(until, timeoutMs = 10_000) {
      if (matches(until)) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!matches(until)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `smtp-inbox: waited ${timeoutMs} ms; ${messages.length} message(s) parsed (${envelopes.length} accepted): ` +
                messages.map((m) => `${m.messageId ?? '?'} → ${JSON.stringify(m.subject)}`).join(', '),
            ),
          );
        }, timeoutMs);
        waiters.add(check);
      });
    },
    refuse(recipientPattern, code = 550) {
      const pattern =
        typeof recipientPattern === 'string'
          ? new RegExp(`^${recipientPattern.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
          : recipientPattern;
      refusals.push({ pattern, code });
    },
    down,
    downAfter(count) {
      downAfterCount = count;
    },
    up,
    isUp: () => server !== null,
    async close() {
      await down();
      if (goingDown) await goingDown;
      await Promise.allSettled([...parsing]);
      for (const check of [...waiters]) waiters.delete(check);
    },
  };
}
