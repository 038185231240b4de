import { DeliveryError } from './message-sender';

interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
}

const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED']);

/**
 * What nodemailer's failure means for the message. A 5xx answer to the recipient (RCPT TO:
 * `EENVELOPE`) or to the message itself (DATA: `EMESSAGE`) is the mail server's final word: failed,
 * never retried. Everything else — refused connections, time-outs, 4xx answers ("try again later"),
 * a 421 as the server shuts down, and authentication problems, which are ours to fix — is temporary.
 */
export function classifySmtpError(error: unknown): DeliveryError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : null;
  const code = typeof failure.code === 'string' ? failure.code : null;
  const response = typeof failure.response === 'string' ? failure.response.trim() : null;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  const recipientOrMessage = code === 'EENVELOPE' || code === 'EMESSAGE';
  if (responseCode !== null && responseCode >= 500 && responseCode < 600 && recipientOrMessage)
    return new DeliveryError(true, `The mail server refused it: ${response ?? `${responseCode} ${message}`}`);
  const what = response ?? message;
  // No answer at all (refused connection, time-out, cut connection), or 421 "service not available".
  const unreachable =
    (responseCode === null && code !== null && UNREACHABLE.has(code)) || responseCode === 421;
  return new DeliveryError(false, `${code ? `${code}: ` : ''}${what}`.slice(0, 500), unreachable);
}
