/**
 * One operator's console, as far as seats go: for each watched consulate a page of slots from
 * `GET /api/slots` with the change number it includes, patched by `slots:changed` with the
 * console's own rule (renderer/src/realtime/apply-slot-changes.ts: stale numbers ignored, a gap
 * refetches), joined with `slots:subscribe {afterSeq}` on every connection (the server replays
 * what was missed, and a page still behind the acknowledged number refetches), as
 * use-slot-subscription.ts does.
 *
 * When its instance goes away the console reconnects after socket.io's usual delay (0.5–1.5 s)
 * to the next address of the list, which is what the reverse proxy in front of the instances
 * does for it; its HTTP requests follow. A new socket on another instance is not "recovered".
 */
import { io } from 'socket.io-client';
import { SlotsChangedPayload } from '../../../shared/realtime/events';
import type { Slot } from '../../../shared/api/slots';
import { applySlotChanges } from '../../../renderer/src/realtime/apply-slot-changes';
import type { SlotPage } from '../../../renderer/src/api/slots';
import type { ClientSocket } from '../../support/socket-client';
import { send } from './fault-http';

export interface ViewPlan {
  /** Every instance's address; the console starts on `urls[home]`. */
  urls: readonly string[];
  home: number;
  token: string;
  consulateIds: readonly string[];
  from: string;
  to: string;
}

export interface ViewStats {
  events: number;
  gaps: number;
  fetches: number;
  connects: number;
  disconnects: number;
  /** Subscriptions whose acknowledgement said the page was behind (catch-up not possible). */
  behindOnJoin: number;
  /**
   * Fetches that landed with an older number than the page had reached meanwhile through events:
   * the console (react-query) replaces the page anyway, and shows older seats until the next event's gap.
   */
  regressions: number;
  /** The first few gaps: when (Date.now()), on which instance, the page's number and the event's numbers. */
  gapSamples: {
    at: number;
    url: string;
    consulateId: string;
    pageSeq: number;
    fromSeq: number;
    seq: number;
  }[];
}

const jitter = (min: number, max: number) => min + Math.random() * (max - min);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ConsoleView {
  readonly pages = new Map<string, SlotPage>();
  readonly stats: ViewStats = {
    events: 0,
    gaps: 0,
    fetches: 0,
    connects: 0,
    disconnects: 0,
    behindOnJoin: 0,
    regressions: 0,
    gapSamples: [],
  };
  /** Which instance the console talks to now (index into urls). */
  current: number;
  private socket: ClientSocket | null = null;
  /** The latest fetch of each consulate: an older one landing later is dropped, as react-query does with a cancelled fetch. */
  private readonly fetchGeneration = new Map<string, number>();
  private closed = false;
  private reconnecting = false;

  constructor(readonly plan: ViewPlan) {
    this.current = plan.home;
  }

  get url() {
    return this.plan.urls[this.current] as string;
  }

  connected() {
    return this.socket?.connected === true;
  }

  /** Connects and loads every page; resolves when all are loaded and joined. */
  async start(): Promise<void> {
    await this.connect();
    await Promise.all(this.plan.consulateIds.map((id) => this.fetchPage(id)));
  }

  close() {
    this.closed = true;
    this.socket?.close();
  }

  /** The slots whose available seats differ from `truth` (slot id → seats), or of a page not loaded. */
  differences(truth: ReadonlyMap<string, number>, limit = 5): string[] {
    const out: string[] = [];
    for (const id of this.plan.consulateIds) {
      const page = this.pages.get(id);
      if (!page) out.push(`${id}: no page`);
      else
        for (const slot of page.items)
          if (truth.has(slot.id) && truth.get(slot.id) !== slot.available)
            out.push(`${slot.id}: shows ${slot.available}, is ${truth.get(slot.id)} (page seq ${page.seq})`);
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }

  private connect(): Promise<void> {
    const socket: ClientSocket = io(this.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
      auth: { token: this.plan.token },
    });
    this.socket = socket;
    socket.on('slots:changed', (raw) => this.onChanged(raw));
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.stats.disconnects++;
      if (!this.closed && reason !== 'io client disconnect') void this.reconnect();
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => {
        this.stats.connects++;
        for (const id of this.plan.consulateIds) this.join(socket, id);
        resolve();
      });
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  }

  /** socket.io's reconnection delay, then the next instance (the proxy skips a dead one), until one answers. */
  private async reconnect() {
    if (this.reconnecting) return;
    this.reconnecting = true;
    try {
      for (let attempt = 0; !this.closed; attempt++) {
        await pause(jitter(500, 1500) * Math.min(4, 2 ** attempt));
        this.current = (this.current + 1) % this.plan.urls.length;
        try {
          await this.connect();
          return;
        } catch {
          // Refused or timed out: try the next address after the next delay.
        }
      }
    } finally {
      this.reconnecting = false;
    }
  }

  private join(socket: ClientSocket, consulateId: string) {
    const cached = this.pages.get(consulateId);
    const payload = {
      consulateId,
      from: this.plan.from,
      to: this.plan.to,
      ...(cached ? { afterSeq: cached.seq } : {}),
    };
    socket
      .timeout(15_000)
      .emitWithAck('slots:subscribe', payload)
      .then((ack) => {
        if (!('ok' in ack)) return;
        const page = this.pages.get(consulateId);
        if (page && ack.seq > page.seq) {
          this.stats.behindOnJoin++;
          void this.fetchPage(consulateId);
        }
      })
      // No acknowledgement (the instance died meanwhile): the next connection joins again.
      .catch(() => undefined);
  }

  private onChanged(raw: unknown) {
    const parsed = SlotsChangedPayload.safeParse(raw);
    if (!parsed.success) return;
    this.stats.events++;
    const event = parsed.data;
    const page = this.pages.get(event.consulateId);
    if (!page) return;
    const result = applySlotChanges(page, event.changes, event.seq, event.fromSeq);
    if (result.kind === 'applied') this.pages.set(event.consulateId, result.page);
    else if (result.kind === 'gap') {
      this.stats.gaps++;
      if (this.stats.gapSamples.length < 3)
        this.stats.gapSamples.push({
          at: Date.now(),
          url: this.url,
          consulateId: event.consulateId,
          pageSeq: page.seq,
          fromSeq: event.fromSeq ?? event.seq,
          seq: event.seq,
        });
      void this.fetchPage(event.consulateId);
    }
  }

  /** GET /api/slots until an answer (the console's query retries; a dead instance's requests go elsewhere). */
  private async fetchPage(consulateId: string): Promise<void> {
    const generation = (this.fetchGeneration.get(consulateId) ?? 0) + 1;
    this.fetchGeneration.set(consulateId, generation);
    this.stats.fetches++;
    for (let attempt = 0; !this.closed; attempt++) {
      const outcome = await send<{ items: Slot[]; seq?: number }>(
        this.url,
        'GET',
        `/api/slots?consulateId=${consulateId}&from=${this.plan.from}&to=${this.plan.to}`,
        { token: this.plan.token },
      );
      if (this.fetchGeneration.get(consulateId) !== generation) return;
      if (outcome.kind === 'answer' && outcome.status === 200) {
        const seq = outcome.body.seq ?? 0;
        if (seq < (this.pages.get(consulateId)?.seq ?? 0)) this.stats.regressions++;
        this.pages.set(consulateId, { items: outcome.body.items, seq });
        return;
      }
      if (outcome.kind === 'no_answer' && !this.connected())
        this.current = (this.current + 1) % this.plan.urls.length;
      await pause(Math.min(4000, 300 * 2 ** attempt));
    }
  }
}
