/**
 * Calls routed to operators as their clients see them: the telephony side posting calls and
 * hang-ups with its token, and an operator's console (signed in, its socket recording `call:offered`,
 * `call:offer_withdrawn`, `call:ended` and `status:changed`) answering offers.
 */
import { io } from 'socket.io-client';
import type { MyStatus } from '../../shared/api/floor/floor';
import type {
  CallEndedPayload,
  CallOfferedPayload,
  MyCall,
  OfferWithdrawnPayload,
  RoutedCall,
} from '../../shared/api/routing';
import { ApiClient, login, type Session } from './api-client';
import { waitFor, type ClientSocket } from './socket-client';

export const TEST_TELEPHONY_TOKEN = 'test-telephony-token-0123456789';

let callNumber = 0;
/** A provider call id no other test uses. */
export const newProviderCallId = (label = 'call') => `${label}-${process.pid}-${Date.now()}-${++callNumber}`;

/** The telephony side: posts calls and hang-ups with its bearer token. */
export class Telephony {
  readonly api: ApiClient;
  constructor(url: string, token: string | null = TEST_TELEPHONY_TOKEN) {
    this.api = new ApiClient(url, token);
  }

  post(body: Record<string, unknown>) {
    return this.api.post<RoutedCall>('/api/telephony/calls', body);
  }

  /** Posts a call that must be accepted (201); answers it. */
  async call(
    body: { from?: string; language?: 'es' | 'en'; queueId?: string; ivrChoice?: string; to?: string } = {},
  ) {
    const response = await this.post({
      providerCallId: newProviderCallId(),
      from: '+16025550100',
      language: 'es',
      ...body,
    });
    if (response.status !== 201)
      throw new Error(`the call was not taken: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  hangUp(callId: string) {
    return this.api.post<RoutedCall>(`/api/telephony/calls/${callId}/hangup`);
  }
}

/** One operator's console: signed in, its socket recording what the routing tells it. */
export class OperatorConsole {
  readonly offers: CallOfferedPayload[] = [];
  readonly withdrawals: OfferWithdrawnPayload[] = [];
  readonly ended: CallEndedPayload[] = [];
  readonly statuses: MyStatus[] = [];

  private constructor(
    readonly session: Session,
    readonly socket: ClientSocket,
  ) {
    socket.on('call:offered', (p) => this.offers.push(p));
    socket.on('call:offer_withdrawn', (p) => this.withdrawals.push(p));
    socket.on('call:ended', (p) => this.ended.push(p));
    socket.on('status:changed', (p) => this.statuses.push(p));
  }

  get userId() {
    return this.session.user.id;
  }

  get api() {
    return this.session.api;
  }

  /** Signs in (or reuses a session) and connects; resolves once the operator is available. */
  static async open(url: string, who: string | Session): Promise<OperatorConsole> {
    const session = typeof who === 'string' ? await login(url, who) : who;
    const socket: ClientSocket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
      autoConnect: false,
      auth: { token: session.token },
    });
    const console = new OperatorConsole(session, socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
      socket.connect();
    });
    return console;
  }

  waitForStatus(matches: (s: MyStatus) => boolean, what: string, timeoutMs = 5_000) {
    return waitFor(
      () => {
        const last = this.statuses.at(-1);
        return last && matches(last) ? last : undefined;
      },
      timeoutMs,
      `status:changed with ${what}`,
    );
  }

  /** Resolves with the offer of this call (or the first offer when no call is named). */
  waitForOffer(callId?: string, timeoutMs = 5_000) {
    return waitFor(
      () => this.offers.find((o) => callId === undefined || o.callId === callId),
      timeoutMs,
      `call:offered${callId ? ` of ${callId}` : ''}`,
    );
  }

  waitForWithdrawal(offerId: string, timeoutMs = 5_000) {
    return waitFor(
      () => this.withdrawals.find((w) => w.offerId === offerId),
      timeoutMs,
      `call:offer_withdrawn of ${offerId}`,
    );
  }

  waitForEnded(callId: string, timeoutMs = 5_000) {
    return waitFor(() => this.ended.find((e) => e.callId === callId), timeoutMs, `call:ended of ${callId}`);
  }

  accept(offerId: string) {
    return this.api.post<MyCall>(`/api/offers/${offerId}/accept`);
  }

  reject(offerId: string) {
    return this.api.post(`/api/offers/${offerId}/reject`);
  }

  close() {
    this.socket.close();
  }
}
