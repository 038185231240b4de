/**
 * A local stand-in for Twilio's REST API (the Calls resource, and the Messages resource that sends
 * SMS): a real HTTP server the official
 * client is pointed at (TWILIO_API_BASE_URL). It records every request — path, Basic auth user, form
 * parameters — and answers like Twilio, or with the failure a test asks for.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioApiRequest {
  method: string;
  path: string;
  /** The Basic auth user (the account SID). */
  user: string | null;
  password: string | null;
  form: Record<string, string>;
}

export interface TwilioFailure {
  status: number;
  code: number;
  message: string;
}

export interface TwilioStandIn {
  url: string;
  requests: TwilioApiRequest[];
  /** The next `count` requests are answered with this failure. */
  failNext(failure: TwilioFailure, count?: number): void;
  /** Resolves with the first request (already made or coming) that matches. */
  waitForRequest(
    match: (request: TwilioApiRequest) => boolean,
    timeoutMs?: number,
  ): Promise<TwilioApiRequest>;
  close(): Promise<void>;
}

const CALL_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\/(CA[0-9a-fA-F]{32})\.json$/;
/** Messages resource, create: form To, From (or MessagingServiceSid), Body; answers 201 with the message's SID. */
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Messages\.json$/;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function basicAuth(header: string | undefined): [string | null, string | null] {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return [null, null];
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [decoded, null] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

export async function startTwilioStandIn(): Promise<TwilioStandIn> {
  const requests: TwilioApiRequest[] = [];
  const failures: TwilioFailure[] = [];
  const waiters: { match: (r: TwilioApiRequest) => boolean; resolve: (r: TwilioApiRequest) => void }[] = [];

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const [user, password] = basicAuth(request.headers.authorization);
      const path = (request.url ?? '/').split('?')[0]!;
      const recorded: TwilioApiRequest = {
        method: request.method ?? 'GET',
        path,
        user,
        password,
        form: Object.fromEntries(new URLSearchParams(body)),
      };
      requests.push(recorded);
      for (const waiter of [...waiters])
        if (waiter.match(recorded)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(recorded);
        }
      response.setHeader('content-type', 'application/json');
      const failure = failures.shift();
      if (failure) {
        response.statusCode = failure.status;
        response.end(
          JSON.stringify({
            code: failure.code,
            message: failure.message,
            more_info: `https://www.twilio.com/docs/errors/${failure.code}`,
            status: failure.status,
          }),
        );
        return;
      }
      const messages = MESSAGES_PATH.exec(path);
      if (messages && recorded.method === 'POST') {
        const { To: to, From: from, MessagingServiceSid: service, Body: text } = recorded.form;
        if (!to || !text || (!from && !service)) {
          response.statusCode = 400;
          response.end(
            JSON.stringify({
              code: 21604,
              message: "A 'To' phone number, a 'Body' and a 'From' (or MessagingServiceSid) are required.",
              status: 400,
            }),
          );
          return;
        }
        const sid = `SM${randomBytes(16).toString('hex')}`;
        response.statusCode = 201;
        response.end(
          JSON.stringify({
            sid,
            account_sid: messages[1],
            to,
            from: from ?? null,
            messaging_service_sid: service ?? null,
            body: text,
            status: 'queued',
            direction: 'outbound-api',
            num_segments: String(Math.ceil(text.length / 153) || 1),
            api_version: '2010-04-01',
            uri: `${path.slice(0, -'.json'.length)}/${sid}.json`,
          }),
        );
        return;
      }
      const call = CALL_PATH.exec(path);
      if (!call || recorded.method !== 'POST') {
        response.statusCode = 404;
        response.end(
          JSON.stringify({ code: 20404, message: 'The requested resource was not found', status: 404 }),
        );
        return;
      }
      response.statusCode = 200;
      response.end(
        JSON.stringify({
          sid: call[2],
          account_sid: call[1],
          status: recorded.form.Status ?? 'in-progress',
          direction: 'inbound',
          api_version: '2010-04-01',
          uri: path,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(failure, count = 1) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    waitForRequest(match, timeoutMs = 5000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index < 0) return;
          waiters.splice(index, 1);
          reject(new Error(`Twilio's stand-in got no matching request within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
