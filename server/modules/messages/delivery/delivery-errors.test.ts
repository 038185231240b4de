import { describe, expect, it } from 'vitest';
import { asDeliveryError, DeliveryError } from './message-sender';
import { classifySmtpError } from './smtp-errors';
import { classifyTwilioError } from './twilio-errors';

const smtp = (fields: Record<string, unknown>) =>
  Object.assign(new Error(String(fields.message ?? 'x')), fields);

describe('SMTP failures', () => {
  it('a 550 for the recipient is final, with the server answer as the reason', () => {
    const error = classifySmtpError(
      smtp({ code: 'EENVELOPE', responseCode: 550, response: '550 Mailbox unavailable: ana@example.com' }),
    );
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('550 Mailbox unavailable: ana@example.com');
  });

  it('a 5xx for the message at DATA (554 rejected as spam) is final too', () => {
    expect(
      classifySmtpError(smtp({ code: 'EMESSAGE', responseCode: 554, response: '554 rejected' })).permanent,
    ).toBe(true);
  });

  it('a server down, a time-out, a 4xx "try later", a 421 shutdown and a failed login are tried again', () => {
    for (const failure of [
      { code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:2525' },
      { code: 'ETIMEDOUT', message: 'Connection timeout' },
      { code: 'EENVELOPE', responseCode: 450, response: '450 Mailbox busy' },
      { code: 'EMESSAGE', responseCode: 421, response: '421 Server shutting down' },
      { code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' },
      { code: 'ECONNECTION', message: 'Connection closed unexpectedly' },
    ]) {
      const error = classifySmtpError(smtp(failure));
      expect(error.permanent, JSON.stringify(failure)).toBe(false);
    }
  });
});

it('no answer at all (refused, cut, timed out, 421) marks the server unreachable; an answered 4xx does not', () => {
  for (const code of ['ESOCKET', 'ECONNECTION', 'ETIMEDOUT'])
    expect(classifySmtpError(smtp({ code, message: 'x' })).unreachable, code).toBe(true);
  expect(
    classifySmtpError(smtp({ code: 'EMESSAGE', responseCode: 421, response: '421 bye' })).unreachable,
  ).toBe(true);
  expect(
    classifySmtpError(smtp({ code: 'EENVELOPE', responseCode: 451, response: '451 later' })).unreachable,
  ).toBe(false);
  expect(classifyTwilioError({ status: 503, code: 20503, message: 'down' }).unreachable).toBe(true);
  expect(classifyTwilioError({ status: 429, code: 20429, message: 'slow down' }).unreachable).toBe(false);
});

describe('Twilio failures', () => {
  it("21211 invalid 'To' number (400) is final, naming the code", () => {
    const error = classifyTwilioError({
      status: 400,
      code: 21211,
      message: "The 'To' number +1555 is not valid.",
    });
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('21211');
  });

  it('429, 5xx and no answer at all are tried again', () => {
    expect(classifyTwilioError({ status: 429, code: 20429, message: 'Too Many Requests' }).permanent).toBe(
      false,
    );
    expect(classifyTwilioError({ status: 503, code: 20503, message: 'Service unavailable' }).permanent).toBe(
      false,
    );
    expect(
      classifyTwilioError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).permanent,
    ).toBe(false);
  });
});

it('an error a sender did not classify is temporary (never drops a message on an unknown failure)', () => {
  expect(asDeliveryError(new Error('boom')).permanent).toBe(false);
  const final = new DeliveryError(true, 'refused');
  expect(asDeliveryError(final)).toBe(final);
});
