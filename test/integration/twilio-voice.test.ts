/**
 * Twilio Programmable Voice through its adapter, as Twilio sees it: a real server with the adapter on,
 * webhooks signed with the official package's own signing, the REST API played by a local stand-in
 * the official client is pointed at, and an operator's real console (HTTP and socket).
 */
import twilio from 'twilio';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallEndedPayload, CallOfferedPayload } from '../../shared/api/routing';
import type { Database } from '../../server/platform/db/schema';
import routingRules from '../../server/modules/routing/routing-rules.json';
import { login, type Session } from '../support/api-client';
import { getMyStatus, putMyState } from '../support/floor-client';
import { connectSocket, waitFor, type ClientSocket } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio-stand-in';

const ACCOUNT_SID = 'AC' + '0123456789abcdef'.repeat(2);
const AUTH_TOKEN = 'twilio-test-auth-token-7f3a9c';
/** The address configured on the Twilio number (with a path prefix, as behind a proxy). */
const PUBLIC_URL = 'https://line.example.org/miconsulado';
const VOICE = '/api/telephony/twilio/voice';
const STATUS = '/api/telephony/twilio/status';

let standIn: TwilioStandIn;
let server: TestServer;
let db: Kysely<Database>;
let operator: Session;
let socket: ClientSocket;
/** The key of the service menu that routes to operator1's queue. */
let operatorKey: string;
const offers: CallOfferedPayload[] = [];
const endings: CallEndedPayload[] = [];

beforeAll(async () => {
  standIn = await startTwilioStandIn();
  server = await startTestServer({
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_PUBLIC_URL: PUBLIC_URL,
    TWILIO_API_BASE_URL: standIn.url,
    OFFER_TIMEOUT_SECONDS: '60',
  });
  db = openTestKysely(server.databaseUrl, { readOnly: true });
  operator = await login(server.url, 'operator1');
  const status = await getMyStatus(operator.api);
  const key = Object.entries(routingRules.ivrChoices).find(([, queueId]) => queueId === status.queue?.id);
  if (!key) throw new Error(`no menu key routes to operator1's queue ${status.queue?.id}`);
  operatorKey = key[0];
  socket = await connectSocket(server.url, operator.token);
  socket.on('call:offered', (payload) => offers.push(payload));
  socket.on('call:ended', (payload) => endings.push(payload));
});

afterAll(async () => {
  socket?.close();
  await db?.destroy();
  await server?.close();
  await standIn?.close();
});

/** Calls put on hold by a test: their callers hang up after it, so no test finds another's call waiting. */
const callsOnHold = new Set<string>();

afterEach(async () => {
  for (const callSid of callsOnHold)
    await postWebhook(STATUS, { AccountSid: ACCOUNT_SID, CallSid: callSid, CallStatus: 'completed' });
  callsOnHold.clear();
  standIn.requests.length = 0;
});

let sidCounter = 0;
/** A fresh Twilio call SID. */
const newCallSid = () => 'CA' + (++sidCounter).toString(16).padStart(32, '0');
let callerCounter = 0;
/** A caller's number no demo applicant has. */
const newCaller = () => `+1505555${(++callerCounter).toString().padStart(4, '0')}`;

type Signing = 'valid' | 'forged' | 'none' | { url: string };

/** Posts a webhook form-encoded, as Twilio does, signed (or not) for the URL Twilio called. */
async function postWebhook(
  pathWithQuery: string,
  params: Record<string, string>,
  signing: Signing = 'valid',
) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signing === 'valid')
    headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(
      AUTH_TOKEN,
      PUBLIC_URL + pathWithQuery,
      params,
    );
  else if (signing === 'forged')
    headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(
      'not-our-token-at-all',
      PUBLIC_URL + pathWithQuery,
      params,
    );
  else if (signing !== 'none')
    headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(AUTH_TOKEN, signing.url, params);
  const response = await fetch(server.url + pathWithQuery, {
    method: 'POST',
    headers,
    body: new URLSearchParams(params).toString(),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    json: () => JSON.parse(text) as unknown,
  };
}

/** What Twilio posts for a call at each step of the menu. */
const callForm = (callSid: string, from: string, extra: Record<string, string> = {}) => ({
  AccountSid: ACCOUNT_SID,
  CallSid: callSid,
  From: from,
  To: '+18445550199',
  CallStatus: 'in-progress',
  Direction: 'inbound',
  ...extra,
});

/** A caller goes through both menus (Spanish, then `key`) and is put on hold. */
async function callThroughMenu(callSid: string, from: string, key: string) {
  const answer = await postWebhook(`${VOICE}?lang=es`, callForm(callSid, from, { Digits: key }));
  callsOnHold.add(callSid);
  expect(answer.status).toBe(200);
  expect(answer.text).toContain('<Play loop="0">');
  return answer;
}

const routedCalls = (callSid: string) =>
  db
    .selectFrom('routed_calls')
    .selectAll()
    .where('provider', '=', 'twilio')
    .where('provider_call_id', '=', callSid)
    .execute();

const countRoutedCalls = async () =>
  Number(
    (
      await db
        .selectFrom('routed_calls')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the voice webhook', () => {
  it('answers a new call with the language menu, then the service menu in the language chosen', async () => {
    const callSid = newCallSid();
    const first = await postWebhook(VOICE, callForm(callSid, newCaller(), { CallStatus: 'ringing' }));
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/xml/);
    expect(first.text).toContain(
      `<Gather input="dtmf" numDigits="1" timeout="6" action="${PUBLIC_URL}${VOICE}?step=language" method="POST">`,
    );
    expect(first.text).toContain('Para español, oprima 1.');

    const english = await postWebhook(
      `${VOICE}?step=language`,
      callForm(callSid, newCaller(), { Digits: '2' }),
    );
    expect(english.status).toBe(200);
    expect(english.text).toContain(`action="${PUBLIC_URL}${VOICE}?lang=en"`);
    expect(english.text).toContain('For passports, press 1.');
    expect(english.text).not.toContain('Para pasaportes');

    const wrongKey = await postWebhook(`${VOICE}?lang=en`, callForm(callSid, newCaller(), { Digits: '0' }));
    expect(wrongKey.text).toContain('That option is not valid.');
    expect(await routedCalls(callSid)).toEqual([]);
  });

  it("queues a signed call with the caller's keys and offers it to an operator of its queue", async () => {
    await putMyState(operator.api, 'available');
    const callSid = newCallSid();
    const caller = newCaller();
    await callThroughMenu(callSid, caller, operatorKey);
    const offer = await waitFor(() => offers.find((o) => o.from === caller), 5000, 'call:offered');
    expect(offer.language).toBe('es');
    const [row] = await routedCalls(callSid);
    expect(row).toMatchObject({
      id: offer.callId,
      from_number: caller,
      to_number: '+18445550199',
      language: 'es',
    });

    // Accepting connects the caller to the operator's softphone through Twilio's REST API.
    const accepted = await operator.api.post<{ callId: string; status: string }>(
      `/api/offers/${offer.offerId}/accept`,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ callId: offer.callId, status: 'connected' });
    const dial = await standIn.waitForRequest((r) => r.form.Twiml !== undefined);
    expect(dial.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${callSid}.json`);
    expect(dial.user).toBe(ACCOUNT_SID);
    expect(dial.password).toBe(AUTH_TOKEN);
    expect(dial.form.Twiml).toContain('<Dial><Client>operator1</Client></Dial>');

    // The operator ends the call: Twilio is told to complete the caller's leg.
    const ended = await operator.api.post(`/api/calls/${offer.callId}/end`, {
      wrapUpCode: 'information',
    });
    expect(ended.status).toBe(200);
    const hangUp = await standIn.waitForRequest((r) => r.form.Status === 'completed');
    expect(hangUp.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${callSid}.json`);
    expect((await routedCalls(callSid))[0]).toMatchObject({ status: 'ended', ended_by: 'operator' });
  });

  it('takes the same CallSid again as the same call, creating nothing', async () => {
    await putMyState(operator.api, 'break');
    const callSid = newCallSid();
    const caller = newCaller();
    await callThroughMenu(callSid, caller, operatorKey);
    const before = await countRoutedCalls();
    await callThroughMenu(callSid, caller, operatorKey);
    expect(await countRoutedCalls()).toBe(before);
    expect(await routedCalls(callSid)).toHaveLength(1);
  });

  it('routes an English caller in English, holding them with English words', async () => {
    await putMyState(operator.api, 'break');
    const callSid = newCallSid();
    const answer = await postWebhook(`${VOICE}?lang=en`, callForm(callSid, newCaller(), { Digits: '1' }));
    callsOnHold.add(callSid);
    expect(answer.text).toContain('<Say language="en-US">Please hold.');
    expect(await routedCalls(callSid)).toMatchObject([
      { language: 'en', queue_id: routingRules.ivrChoices['1'], status: 'waiting' },
    ]);
  });

  it('routes a caller who presses nothing in Spanish, without a choice (the default queue)', async () => {
    const callSid = newCallSid();
    const noLanguage = await postWebhook(VOICE, callForm(callSid, newCaller()));
    expect(noLanguage.text).toContain(`<Redirect method="POST">${PUBLIC_URL}${VOICE}?lang=es</Redirect>`);
    const noService = await postWebhook(`${VOICE}?lang=es`, callForm(callSid, newCaller()));
    expect(noService.text).toContain(`${VOICE}?lang=es&amp;choice=none</Redirect>`);
    await postWebhook(`${VOICE}?lang=es&choice=none`, callForm(callSid, newCaller()));
    callsOnHold.add(callSid);
    expect(await routedCalls(callSid)).toMatchObject([
      { language: 'es', queue_id: routingRules.defaultQueue },
    ]);
  });

  it('tells a caller with a hidden number why the line cannot take the call, writing nothing', async () => {
    const before = await countRoutedCalls();
    const answer = await postWebhook(
      `${VOICE}?lang=es`,
      callForm(newCallSid(), 'anonymous', { Digits: '1' }),
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<Hangup/>');
    expect(await countRoutedCalls()).toBe(before);
  });
});

describe('signatures', () => {
  it('refuses a forged signature with 403 in the contract shape, writing nothing', async () => {
    const before = await countRoutedCalls();
    const answer = await postWebhook(
      `${VOICE}?lang=es`,
      callForm(newCallSid(), newCaller(), { Digits: '1' }),
      'forged',
    );
    expect(answer.status).toBe(403);
    expect(answer.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await countRoutedCalls()).toBe(before);
  });

  it('refuses a request without a signature with 403', async () => {
    const before = await countRoutedCalls();
    const answer = await postWebhook(
      `${VOICE}?lang=es`,
      callForm(newCallSid(), newCaller(), { Digits: '1' }),
      'none',
    );
    expect(answer.status).toBe(403);
    expect(answer.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('missing') },
    });
    expect(await countRoutedCalls()).toBe(before);
  });

  it('checks the signature against the public URL, not the address the request came to', async () => {
    const path = `${VOICE}?lang=es`;
    const answer = await postWebhook(path, callForm(newCallSid(), newCaller(), { Digits: '1' }), {
      url: server.url + path,
    });
    expect(answer.status).toBe(403);
  });

  it('refuses parameters changed after signing (another caller, another key)', async () => {
    const params = callForm(newCallSid(), newCaller(), { Digits: '1' });
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}${VOICE}?lang=es`, params);
    const response = await fetch(`${server.url}${VOICE}?lang=es`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams({ ...params, Digits: '2' }).toString(),
    });
    expect(response.status).toBe(403);
  });

  it('takes form bodies on the webhooks only: a form posted to another route is 415', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'operator1', password: 'demo1234' }).toString(),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      error: { code: 'unsupported_media_type', message: expect.stringContaining('JSON bodies only') },
    });
  });

  it('refuses a forged status callback: the call keeps waiting', async () => {
    await putMyState(operator.api, 'break');
    const callSid = newCallSid();
    await callThroughMenu(callSid, newCaller(), operatorKey);
    const answer = await postWebhook(
      STATUS,
      { AccountSid: ACCOUNT_SID, CallSid: callSid, CallStatus: 'completed' },
      'forged',
    );
    expect(answer.status).toBe(403);
    expect((await routedCalls(callSid))[0]?.status).toBe('waiting');
  });
});

describe('the status callback', () => {
  it('abandons a waiting call whose caller hung up', async () => {
    await putMyState(operator.api, 'break');
    const callSid = newCallSid();
    await callThroughMenu(callSid, newCaller(), operatorKey);
    expect((await routedCalls(callSid))[0]?.status).toBe('waiting');
    const answer = await postWebhook(STATUS, {
      AccountSid: ACCOUNT_SID,
      CallSid: callSid,
      CallStatus: 'completed',
    });
    expect(answer.status).toBe(200);
    expect((await routedCalls(callSid))[0]).toMatchObject({ status: 'abandoned', ended_by: 'caller' });
  });

  it('leaves a call alone while it is still ringing or in progress', async () => {
    await putMyState(operator.api, 'break');
    const callSid = newCallSid();
    await callThroughMenu(callSid, newCaller(), operatorKey);
    const answer = await postWebhook(STATUS, {
      AccountSid: ACCOUNT_SID,
      CallSid: callSid,
      CallStatus: 'in-progress',
    });
    expect(answer.status).toBe(200);
    expect((await routedCalls(callSid))[0]?.status).toBe('waiting');
  });

  it('answers 200 for a caller who hung up in the menu, before reaching the routing', async () => {
    const answer = await postWebhook(STATUS, {
      AccountSid: ACCOUNT_SID,
      CallSid: newCallSid(),
      CallStatus: 'canceled',
    });
    expect(answer.status).toBe(200);
  });

  it('ends a connected call whose caller hung up: the operator goes to wrap-up', async () => {
    const callSid = newCallSid();
    const caller = newCaller();
    await putMyState(operator.api, 'available');
    await callThroughMenu(callSid, caller, operatorKey);
    const offer = await waitFor(() => offers.find((o) => o.from === caller), 5000, 'call:offered');
    expect((await operator.api.post(`/api/offers/${offer.offerId}/accept`)).status).toBe(200);
    await postWebhook(STATUS, { AccountSid: ACCOUNT_SID, CallSid: callSid, CallStatus: 'completed' });
    const ending = await waitFor(() => endings.find((e) => e.callId === offer.callId), 5000, 'call:ended');
    expect(ending.by).toBe('caller');
    expect((await routedCalls(callSid))[0]).toMatchObject({ status: 'ended', ended_by: 'caller' });
    expect((await getMyStatus(operator.api)).state).toBe('wrap_up');
    await operator.api.post(`/api/calls/${offer.callId}/end`, { wrapUpCode: 'information' });
  });
});

describe('a caller gone before the operator answered', () => {
  it('ends the call as hung up by the caller when Twilio says it is no longer in progress', async () => {
    const callSid = newCallSid();
    const caller = newCaller();
    await putMyState(operator.api, 'available');
    await callThroughMenu(callSid, caller, operatorKey);
    const offer = await waitFor(() => offers.find((o) => o.from === caller), 5000, 'call:offered');
    standIn.failNext({ status: 400, code: 21220, message: 'Call is not in-progress. Cannot redirect.' });
    expect((await operator.api.post(`/api/offers/${offer.offerId}/accept`)).status).toBe(200);
    const ending = await waitFor(() => endings.find((e) => e.callId === offer.callId), 5000, 'call:ended');
    expect(ending.by).toBe('caller');
    expect((await routedCalls(callSid))[0]).toMatchObject({ status: 'ended', ended_by: 'caller' });
    await operator.api.post(`/api/calls/${offer.callId}/end`, { wrapUpCode: 'information' });
  });
});

describe('a Twilio that keeps failing', () => {
  it('keeps the call connected to the operator and records in the audit log what Twilio would not do', async () => {
    const callSid = newCallSid();
    const caller = newCaller();
    await putMyState(operator.api, 'available');
    await callThroughMenu(callSid, caller, operatorKey);
    const offer = await waitFor(() => offers.find((o) => o.from === caller), 5000, 'call:offered');
    standIn.failNext({ status: 503, code: 20503, message: 'Service Unavailable' }, 4);
    expect((await operator.api.post(`/api/offers/${offer.offerId}/accept`)).status).toBe(200);
    const entry = await waitFor(
      () =>
        db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'telephony.carrier_failed')
          .where('entity_id', '=', offer.callId)
          .executeTakeFirst(),
      10_000,
      'the audit entry',
    );
    expect(JSON.parse(entry.details_json)).toEqual({
      provider: 'twilio',
      providerCallId: callSid,
      operation: 'connect',
      attempts: 4,
      error: 'Service Unavailable',
    });
    expect(standIn.requests.filter((r) => r.form.Twiml !== undefined)).toHaveLength(4);
    expect((await routedCalls(callSid))[0]?.status).toBe('connected');
    // Twilio is back: the operator ends the call, and the caller's leg is completed.
    await operator.api.post(`/api/calls/${offer.callId}/end`, { wrapUpCode: 'dropped' });
    await standIn.waitForRequest((r) => r.form.Status === 'completed' && r.path.includes(callSid));
  });
});

describe('the adapter switched off', () => {
  it('answers 404 saying so when TWILIO_AUTH_TOKEN is unset', async () => {
    const off = await startTestServer({ SEED: 'none' });
    try {
      const response = await fetch(off.url + VOICE, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(callForm(newCallSid(), newCaller())).toString(),
      });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({
        code: 'not_found',
        message: expect.stringContaining('TWILIO_AUTH_TOKEN'),
      });
    } finally {
      await off.close();
    }
  });
});
