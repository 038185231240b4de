/**
 * The Twilio carrier through the official REST client against a local stand-in of Twilio's API:
 * what it sends to connect and to hang up, and what it does when Twilio fails.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTwilioStandIn, type TwilioStandIn } from '../../../../test/support/twilio-stand-in';
import { createTwilioCarrier } from './twilio-carrier';
import { createTwilioCallUpdater } from './twilio-rest';
import type { TwilioSettings } from './twilio-settings';

const ACCOUNT = 'AC' + 'a'.repeat(32);
const CALL_SID = 'CA' + '1'.repeat(32);
const call = {
  id: 'call-1',
  provider: 'twilio',
  providerCallId: CALL_SID,
  from: '+15055550100',
  direction: 'inbound' as const,
};

let standIn: TwilioStandIn;
let settings: TwilioSettings;
let gone: string[];
let errors: string[];
let failures: { callId: string; operation: string; attempts: number; error: string }[];

beforeAll(async () => {
  standIn = await startTwilioStandIn();
  settings = {
    accountSid: ACCOUNT,
    authToken: 'test-auth-token-0123456789',
    publicUrl: 'https://line.example.org',
    apiBaseUrl: standIn.url,
    operatorNumbers: { operator2: '+15055550199' },
    holdMusicUrl: 'https://example.org/hold.mp3',
  };
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
  gone = [];
  errors = [];
  failures = [];
});

const carrier = () =>
  createTwilioCarrier({
    settings,
    calls: createTwilioCallUpdater(settings),
    callerGone: async (sid) => void gone.push(sid),
    recordFailure: async (failed, failure) => void failures.push({ callId: failed.id, ...failure }),
    onError: (_error, what) => void errors.push(what),
    retryDelaysMs: [1, 1],
  });

describe('the Twilio carrier', () => {
  it("connects the caller to the operator's softphone with the account's credentials", async () => {
    await carrier().connect(call, { userId: 'u1', username: 'operator1' });
    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(request!.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Calls/${CALL_SID}.json`);
    expect(request!.user).toBe(ACCOUNT);
    expect(request!.password).toBe(settings.authToken);
    expect(request!.form.Twiml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Client>operator1</Client></Dial></Response>',
    );
  });

  it('dials the phone number configured for an operator instead of the softphone', async () => {
    await carrier().connect(call, { userId: 'u2', username: 'operator2' });
    expect(standIn.requests[0]!.form.Twiml).toContain('<Dial><Number>+15055550199</Number></Dial>');
  });

  it('completes the call when the operator ends it', async () => {
    await carrier().hangUp(call);
    expect(standIn.requests.map((r) => r.form)).toEqual([{ Status: 'completed' }]);
  });

  it('retries while Twilio fails, then connects', async () => {
    standIn.failNext({ status: 500, code: 20500, message: 'Internal Server Error' }, 2);
    await carrier().connect(call, { userId: 'u1', username: 'operator1' });
    expect(standIn.requests).toHaveLength(3);
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
    expect(gone).toEqual([]);
  });

  it('hands a call Twilio says is over back to the routing as hung up by the caller', async () => {
    standIn.failNext({ status: 400, code: 21220, message: 'Call is not in-progress. Cannot redirect.' });
    await carrier().connect(call, { userId: 'u1', username: 'operator1' });
    expect(standIn.requests).toHaveLength(1);
    expect(gone).toEqual([CALL_SID]);
  });

  it('logs and records a connection Twilio keeps refusing, without ending the call', async () => {
    standIn.failNext({ status: 503, code: 20503, message: 'Service Unavailable' }, 3);
    await carrier().connect(call, { userId: 'u1', username: 'operator1' });
    expect(standIn.requests).toHaveLength(3);
    expect(errors).toEqual([`connect of Twilio call ${CALL_SID} (after 3 attempts)`]);
    expect(failures).toEqual([
      { callId: 'call-1', operation: 'connect', attempts: 3, error: 'Service Unavailable' },
    ]);
    expect(gone).toEqual([]);
  });

  it('takes a hang-up of a call already over on Twilio as done', async () => {
    standIn.failNext({ status: 404, code: 20404, message: 'The requested resource was not found' });
    await expect(carrier().hangUp(call)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
  });
});
