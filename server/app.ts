import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from './kernel/clock';
import {
  createApplicantSearch,
  createApplicantService,
  applicantRoutes,
  loadNameVocabulary,
} from './modules/applicants';
import { authRoutes, createSessionEnding, createSessionService } from './modules/auth';
import {
  appointmentRoutes,
  createBookingEngine,
  holdRoutes,
  startHoldSweeper,
  countLiveHolds,
  type BookingDeps,
} from './modules/booking';
import {
  callCenterRoutes,
  callRoutes,
  createCallService,
  type CallEvents,
  findCurrentCallOf,
  myCallRoutes,
  startCallSweeper,
} from './modules/calls';
import { capacityRoutes, createCapacityService } from './modules/capacity';
import {
  createAppointmentNotices,
  createMessagesRuntime,
  createSmtpSender,
  createTwilioSmsSender,
  messageRoutes,
  readMessageQueueFigures,
  type MessageSender,
} from './modules/messages';
import { createFloorRuntime, floorRoutes, meRoutes, operatorSignOutRoutes } from './modules/floor';
import { createPracticeService, loadScenarioCatalog, practiceRoutes } from './modules/practice';
import { createRoutingRuntime, loadRoutingRules, routingRoutes, telephonyAccess } from './modules/routing';
import {
  acceptFormBodies,
  createSimulatorRuntime,
  createTwilioAdapter,
  createTwilioRestClient,
  parseSimulationMode,
  routingLine,
} from './modules/telephony';
import { createReferenceService, referenceRoutes, syncReferenceData } from './modules/reference';
import { createPlacesService, placesRoutes } from './modules/places';
import {
  createPersonalDataService,
  personalDataRoutes,
  startRetentionSchedule,
} from './modules/personal-data';
import { createShiftService, shiftRoutes } from './modules/shifts';
import {
  createWaitlistService,
  startWaitlistSweeper,
  waitlistRoutes,
  withWaitlist,
} from './modules/waitlist';
import { createSlotOutbox, createSlotService, slotRoutes, slotSocketHandlers } from './modules/slots';
import { startBackupSchedule } from './platform/backup/backup-schedule';
import { sqliteFileOf } from './platform/backup/sqlite-url';
import { connectRedisAdapter } from './platform/cluster/redis-adapter';
import type { ErrorContext } from './platform/logging/log-port';
import { createServerLogger, lifecycleLogger } from './platform/logging/server-logger';
import type { ServerConfig } from './platform/config';
import { openDatabase, type DatabaseHandle } from './platform/db/database';
import { migrateToLatest } from './platform/db/migrate';
import { migrations } from './platform/db/migrations/index';
import { buildHttpApp, mountApi } from './platform/http/http-app';
import type { RouteDefinition } from './platform/http/route-definition';
import type { SocketHandlers } from './platform/realtime/socket-event';
import { healthRoutes } from './platform/lifecycle/health-routes';
import { createReadinessProbe } from './platform/lifecycle/readiness';
import { buildVersion } from './platform/metrics/build-version';
import { registerMetricsRoute } from './platform/metrics/metrics-route';
import { observeRequestDurations } from './platform/metrics/request-durations';
import { readAtScrape } from './platform/metrics/scrape-gauges';
import { createServerMetrics } from './platform/metrics/server-metrics';
import { watchedVolumes } from './platform/metrics/watched-volumes';
import { countRefusals } from './platform/rate-limits/counted-refusals';
import { createRateLimiter } from './platform/rate-limits/rate-limiter';
import { createSharedRateLimiter } from './platform/rate-limits/shared-rate-limiter';
import { userRoom } from './platform/realtime/rooms';
import { createSocketServer } from './platform/realtime/socket-server';
import { seedDemoIfEmpty } from './seed/demo-seed';
import { demoCallerNumbers } from './seed/demo-callers';

export interface RunningServer {
  url: string;
  port: number;
  database: DatabaseHandle;
  /** The route table and the socket events it serves (the authorisation matrix is generated from them). */
  routes: readonly RouteDefinition[];
  socketHandlers: readonly SocketHandlers[];
  close(): Promise<void>;
}

/**
 * The composition root: opens and migrates the database, seeds it when asked, wires the
 * services once, and serves HTTP and socket.io on one port.
 */
export async function startServer(
  config: ServerConfig,
  options: { clock?: Clock; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  // One logger for the process: JSON lines (platform/logging) to standard output, or each to `options.log`.
  const logger = createServerLogger({
    level: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    write: options.log,
  });
  const lifecycle = lifecycleLogger(logger);
  const log = (line: string) => lifecycle.info(line);
  // Connections lost and found again (PostgreSQL's pool, Redis) are warnings.
  const warn = (line: string) => logger.warn(line);
  // A scenario file that does not parse stops the start here, naming the file, before anything opens.
  const scenarios = await loadScenarioCatalog(config.PRACTICE_SCENARIOS_DIR);
  // So does a routing rules file that does not parse (its queues are checked once the database is open).
  const routingRules = await loadRoutingRules(config.ROUTING_RULES_FILE);
  // This server's metrics (GET /metrics): a registry of its own, fed by the parts wired below.
  const metrics = createServerMetrics({ version: buildVersion() });
  const database = await openDatabase(config.DATABASE_URL, {
    onTransactionRetry: () => metrics.transactionRetries.inc(),
    poolSize: config.DATABASE_POOL_SIZE,
    log: warn,
  });
  const { db } = database;
  await migrateToLatest(db as never, database.dialect);
  // The reference data in the code is the truth: every start writes it (consulates, procedures, fees).
  await db.transaction().execute((trx) => syncReferenceData(trx));
  if (config.SEED === 'demo') await seedDemoIfEmpty(db, config, clock, log, database.bulkInsert);
  // Several instances: socket.io's rooms span them through Redis (REDIS_URL); unreachable, the start fails.
  const cluster = config.REDIS_URL
    ? await connectRedisAdapter({ url: config.REDIS_URL, key: config.REDIS_KEY, log: warn }).catch(
        async (error: unknown) => {
          await database.close();
          throw error;
        },
      )
    : null;
  const readiness = createReadinessProbe({
    instanceId: config.INSTANCE_ID,
    db: db as never,
    migrationNames: migrations.map((m) => m.name),
    adapter: cluster,
  });

  // The platform first: HTTP, then socket.io on the same server, so every module is wired once, complete.
  const app = buildHttpApp({
    logLevel: config.LOG_LEVEL,
    logger,
    readiness,
    consoleOrigins: config.CONSOLE_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
  });
  // Every request's duration by route template and status (before any route, so all have it).
  observeRequestDurations(app, metrics.httpRequestDuration);
  // Carriers post their webhooks form-encoded (Twilio).
  acceptFormBodies(app);
  // Failures nobody waits for (presence, relaying events, hooks after a call, socket events) go to the server's log.
  const logError = (error: unknown, what: string, context: ErrorContext = {}) =>
    app.log.error({ err: error, ...context }, `${what} failed`);
  // Limits count attempts on every instance together when there are several (Redis), else in this process.
  const uncountedRateLimiter = (name: string, limit: number, windowMs: number) =>
    cluster
      ? createSharedRateLimiter({
          cluster,
          name,
          limit,
          windowMs,
          clock,
          onError: (error) => logError(error, `rate limit ${name}`),
        })
      : createRateLimiter({ limit, windowMs, clock });
  // Each refusal (a 429) is counted by the limit's name.
  const rateLimiter = (name: string, limit: number, windowMs: number) => {
    // Each limit's series exists from the start (0), so a rate over it is 0 rather than absent.
    metrics.rateLimitRefusals.inc({ limit: name }, 0);
    return countRefusals(uncountedRateLimiter(name, limit, windowMs), () =>
      metrics.rateLimitRefusals.inc({ limit: name }),
    );
  };
  const sessions = createSessionService({
    db,
    clock,
    ttlHours: config.SESSION_TTL_HOURS,
    loginLimiter: rateLimiter('sign-ins-by-address', config.FAILED_LOGINS_PER_15_MINUTES, 15 * 60_000),
    accountLimiter: rateLimiter('sign-ins-by-account', config.FAILED_LOGINS_PER_HOUR_TO_LOCK, 3_600_000),
    lockAfterFailures: config.FAILED_LOGINS_PER_HOUR_TO_LOCK,
    onSignInRefused: (reason) => metrics.signInFailures.inc({ reason }),
  });
  // Sessions end everywhere: a sign-out, a lead's sign-out and an expiry close the session's sockets on every instance.
  const sessionEnding = createSessionEnding({
    db,
    transact: (work) => db.transaction().execute(work),
    clock,
    sessions,
    endSockets: (ids) => sockets.endSessions(ids),
  });
  const sockets = createSocketServer(app.server, {
    session: sessionEnding.socketSession,
    clock,
    corsOrigins: config.CONSOLE_ORIGINS,
    adapter: cluster?.adapter,
    onError: logError,
  });
  const auth = { ...sessions, logout: sessionEnding.logout };

  // Seat changes go to the outbox in their own transaction; every instance relays the committed ones to its sockets.
  const outbox = createSlotOutbox({
    database,
    io: sockets.io,
    databaseUrl: config.DATABASE_URL,
    clock,
    batchMs: config.SLOT_EVENT_BATCH_MS,
    pollMs: config.SLOT_EVENT_POLL_MS,
    retentionMs: config.SLOT_EVENT_RETENTION_MS,
    onError: logError,
    onRelayed: (events) => metrics.slotEventsRelayed.inc(events),
  });
  // Messages to applicants: queued in the changes' transactions, sent by this instance's worker (every
  // instance runs one; leases keep them from sending the same message). A unit of work that queued
  // messages here wakes the worker as it ends; the others' are found by polling.
  const messageSenders: { email?: MessageSender; sms?: MessageSender } = {};
  if (config.SMTP_URL)
    messageSenders.email = createSmtpSender({ url: config.SMTP_URL, from: config.MAIL_FROM });
  if (
    (config.TWILIO_SMS_FROM || config.TWILIO_MESSAGING_SERVICE_SID) &&
    config.TWILIO_ACCOUNT_SID &&
    config.TWILIO_AUTH_TOKEN
  )
    messageSenders.sms = createTwilioSmsSender(
      createTwilioRestClient({
        accountSid: config.TWILIO_ACCOUNT_SID,
        authToken: config.TWILIO_AUTH_TOKEN,
        apiBaseUrl: config.TWILIO_API_BASE_URL,
      }),
      { from: config.TWILIO_SMS_FROM, messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID },
    );
  const messages = createMessagesRuntime({
    db,
    dialect: database.dialect,
    clock,
    instanceId: config.INSTANCE_ID,
    senders: messageSenders,
    delivery: {
      pollMs: config.MESSAGE_POLL_MS,
      batch: config.MESSAGE_BATCH,
      leaseMs: config.MESSAGE_LEASE_MS,
      maxAttempts: config.MESSAGE_MAX_ATTEMPTS,
      retryBaseMs: config.MESSAGE_RETRY_BASE_MS,
      giveUpAfterMs: config.MESSAGE_GIVE_UP_HOURS * 3_600_000,
    },
    onError: logError,
  });
  // Every seat change serves the waitlist first, in its own transaction (a freed seat is held for the
  // first caller waiting for it before any grid sees it): the wrapped outbox is every module's slotChanges.
  const slotChanges = withWaitlist(outbox.log, {
    clock,
    holdMinutes: config.WAITLIST_HOLD_MINUTES,
    // The caller is told of the offer through the booking's notices port (messages/notices).
    notices: { record: (trx, notice) => bookingDeps.notices.record(trx, notice) },
  });
  const transact: typeof outbox.transact = (work) =>
    outbox.transact(work).finally(() => messages.worker.wakeIfEnqueued());
  const bookingDeps: BookingDeps = {
    db,
    transact,
    clock,
    limits: {
      holdTtlSeconds: config.HOLD_TTL_SECONDS,
      maxHoldLifetimeTtls: 3,
      maxLiveHoldsPerUser: config.MAX_LIVE_HOLDS_PER_USER,
    },
    holdRateLimiter: rateLimiter('holds', config.HOLDS_PER_MINUTE, 60_000),
    slotChanges,
    randomInt: (max) => randomInt(max),
    // Booking, reschedule and cancellation tell the applicant (messages/notices), queued in their transaction.
    notices: createAppointmentNotices(),
    events: {
      booked: (consulate) => metrics.bookings.inc({ consulate }),
      cancelled: (consulate, appointments) => metrics.cancellations.inc({ consulate }, appointments),
    },
  };
  const vocabulary = await loadNameVocabulary(db);
  // One instance at a time sweeps presence (a lease renewed every grace period; a dead holder's runs out).
  const sweepLeaseMs = 2 * Math.max(config.PRESENCE_GRACE_MS, 1000);
  const floor = createFloorRuntime({
    db,
    transact,
    clock,
    graceMs: config.PRESENCE_GRACE_MS,
    batchMs: config.FLOOR_EVENT_BATCH_MS,
    io: sockets.io,
    cluster: cluster
      ? { claimSweep: () => cluster.claim('presence-sweep', config.INSTANCE_ID, sweepLeaseMs) }
      : null,
    onError: logError,
  });
  // Calls routed to operators: offered in the floor's states, every instance ticking; an operator freed is offered the next call.
  const routing = createRoutingRuntime({
    db,
    transact,
    clock,
    io: sockets.io,
    rules: routingRules.rules,
    rulesFile: routingRules.path,
    offerTimeoutSeconds: config.OFFER_TIMEOUT_SECONDS,
    tickMs: config.ROUTING_TICK_MS,
    operators: floor.service.operatorTransitions,
    onError: logError,
  });
  floor.onOperatorsChanged(() => routing.service.dispatchSoon());
  // Twilio Programmable Voice (docs/TELEPHONY.md): its webhooks feed the routing, its carrier bridges accepted calls.
  const twilio = createTwilioAdapter({ config, db, clock, routing: routing.service, onError: logError });
  // The built-in call simulator (SIMULATE_CALLS): its callers enter through the routing's intake as
  // provider `simulator`, and it is that provider's carrier (an operator answers: the caller talks, then hangs up).
  const simulationMode = parseSimulationMode(config.SIMULATE_CALLS);
  const simulator = createSimulatorRuntime({
    mode: simulationMode,
    clock,
    seed: config.SIMULATE_CALLS_SEED,
    scale: config.SIMULATE_CALLS_SCALE,
    knownCallers:
      simulationMode.kind === 'off' ? [] : demoCallerNumbers(Math.min(config.SEED_APPLICANTS, 1000)),
    line: routingLine(routing.service),
    someoneSignedIn: () => sockets.io.of('/').sockets.size > 0,
    // Demo callers ring the queues of operators available now: whoever makes themselves available is offered calls.
    availableQueues: async () => [
      ...new Set(
        (await floor.service.floor()).operators.flatMap((o) =>
          o.state === 'available' && o.queueId ? [o.queueId] : [],
        ),
      ),
    ],
    onError: logError,
  });
  if (simulator) routing.service.registerCarrier(simulator.carrier);
  routing.onQueueActivity((queueId) => floor.service.queueActivity([queueId]));
  // The call log tells the floor (states) and then the routing (the line of a routed call ends with its record).
  const callEvents: CallEvents = {
    started: floor.service.callEvents.started,
    async ended(actor, call) {
      await floor.service.callEvents.ended(actor, call);
      await routing.service.callRecordClosed(call.id, call.endedBy === 'server' ? 'server' : 'operator');
    },
  };
  const booking = createBookingEngine(bookingDeps);
  const slots = createSlotService({ db, transact, clock, slotChanges });
  const reference = createReferenceService({ db, clock });
  const places = createPlacesService({ db, clock });
  const applicants = createApplicantService({
    db,
    transact,
    clock,
    search: createApplicantSearch(db, vocabulary),
    vocabulary,
    // A read of a person is recorded with the call the server knows the reader to be on (no header alone).
    currentCallOf: async (actor) => (await findCurrentCallOf(db, actor.sandbox, actor.userId))?.id ?? null,
  });
  const capacity = createCapacityService({ db, transact, clock, slotChanges, notices: bookingDeps.notices });
  const calls = createCallService({
    db,
    transact,
    clock,
    limits: { maxCallSeconds: config.MAX_CALL_SECONDS },
    events: callEvents,
    notices: {
      callEnded: (operatorId, payload) => sockets.io.to(userRoom(operatorId)).emit('call:ended', payload),
    },
    rebookingList: (consulateId, date) => capacity.readClosure(consulateId, date),
    // A lead's outbound list: its calls are offered at once to the outbound queue's operators.
    callsQueued: () => routing.service.dispatchSoon(),
  });
  const shifts = createShiftService({ db, transact, clock });
  const waitlistDeps = { db, transact, clock, slotChanges };
  const waitlist = createWaitlistService(waitlistDeps);
  // Personal data: an administrator's export and erasure of one person, and the retention job.
  const personalData = createPersonalDataService({
    db,
    transact,
    clock,
    retention: { years: config.RETENTION_YEARS, batchSize: config.RETENTION_BATCH },
  });
  const practice = createPracticeService({
    db,
    transact,
    clock,
    booking,
    vocabulary,
    scenarios,
    // A run's scripted caller waits as a routed call of the sandbox: offered to its trainee at once.
    callPlaced: () => routing.service.dispatchSoon(),
  });

  // The office calendar's holidays of this year and the next four are closed days (only missing ones
  // are written: a day a lead reopened stays open), taken off any console through the outbox.
  const calendar = await capacity.syncOfficeCalendar();
  if (calendar.written.length > 0)
    log(
      `office calendar ${calendar.years[0]}–${calendar.years.at(-1)}: ${calendar.written.length} holiday closures written, ${calendar.slots} published slots closed`,
    );

  // Each module's routes get that module's service; the platform checks tokens, roles and schemas.
  const routes: RouteDefinition[] = [
    ...healthRoutes(readiness),
    ...authRoutes(auth),
    ...referenceRoutes(reference),
    ...placesRoutes(places),
    ...applicantRoutes(applicants),
    ...slotRoutes(slots),
    ...holdRoutes(booking),
    ...appointmentRoutes(booking),
    ...callRoutes(calls),
    ...routingRoutes(routing.service, telephonyAccess(config.TELEPHONY_TOKEN)),
    ...twilio.routes,
    ...myCallRoutes(calls),
    ...callCenterRoutes(calls),
    ...meRoutes(floor.service),
    ...floorRoutes(floor.service),
    ...operatorSignOutRoutes(sessionEnding.signOutUser),
    ...capacityRoutes(capacity),
    ...shiftRoutes(shifts),
    ...practiceRoutes(practice),
    ...waitlistRoutes(waitlist),
    ...messageRoutes(messages.service),
    ...personalDataRoutes(personalData),
  ];
  // What lives in the database, the routing and the floor is read when Prometheus scrapes.
  readAtScrape(metrics.registry, {
    socketConnections: () => sockets.io.of('/').sockets.size,
    outboxLagSeconds: () => outbox.lagMs() / 1000,
    holdsLive: () => countLiveHolds(db, clock()),
    messageQueue: () => readMessageQueueFigures(db, clock(), config.MESSAGE_LEASE_MS),
    queues: async () =>
      (await floor.service.queueLoads()).map((q) => ({
        queue: q.id,
        waiting: q.waiting,
        longestWaitSeconds: q.longestWaitSeconds,
        serviceLevel: q.serviceLevelToday,
        serviceLevelTarget: q.serviceLevelTarget,
      })),
    dbPool: () => database.connections(),
    disks: watchedVolumes(config),
    onError: logError,
  });
  registerMetricsRoute(app, { token: config.METRICS_TOKEN, registry: metrics.registry });
  mountApi(app, routes, { authenticate: sessions.authenticate, consoleDir: config.CONSOLE_DIR });
  const socketHandlers = [slotSocketHandlers(slots), floor.socketHandlers, routing.socketHandlers];
  sockets.handle(socketHandlers);
  await app.ready();
  await outbox.start();
  await floor.start();
  await routing.start();
  simulator?.start();
  messages.worker.start();
  if (simulator) log(`call simulator on: SIMULATE_CALLS=${config.SIMULATE_CALLS}`);
  const sweeper = startHoldSweeper(bookingDeps, config.SWEEP_INTERVAL_MS, (error) =>
    logError(error, 'hold sweep'),
  );
  // Waiting entries whose range has ended expire (every instance sweeps; each entry expires once).
  const waitlistSweeper = startWaitlistSweeper(waitlistDeps, config.SWEEP_INTERVAL_MS, (error) =>
    logError(error, 'waitlist sweep'),
  );
  // Calls nobody closed are closed by the server: one instance a round when there are several.
  const callSweepLeaseMs = 2 * Math.max(config.CALL_SWEEP_INTERVAL_MS, 1000);
  const callSweeper = startCallSweeper({
    intervalMs: config.CALL_SWEEP_INTERVAL_MS,
    sweep: () => calls.closeStaleCalls(),
    claim: cluster
      ? () => cluster.claim('call-sweep', config.INSTANCE_ID, callSweepLeaseMs)
      : () => Promise.resolve(true),
    onError: (error) => logError(error, 'call sweep'),
  });
  // Applicants inactive for RETENTION_YEARS are anonymised daily: one instance a round when there are several.
  const retention = startRetentionSchedule({
    intervalMs: config.RETENTION_INTERVAL_MS,
    run: () => personalData.runRetention(),
    claim: cluster
      ? () => cluster.claim('retention', config.INSTANCE_ID, config.RETENTION_INTERVAL_MS)
      : () => Promise.resolve(true),
    onError: (error) => logError(error, 'retention job'),
  });
  const sessionPurge = setInterval(
    () => void sessions.purgeExpired().catch((error: unknown) => logError(error, 'session purge')),
    15 * 60_000,
  );
  sessionPurge.unref();
  // Several instances share PostgreSQL: names registered through the others join this one's prefix and typo search.
  const vocabularyRefresh =
    database.dialect === 'postgres'
      ? setInterval(
          () =>
            void vocabulary.refresh(db).catch((error: unknown) => logError(error, 'name vocabulary refresh')),
          60_000,
        )
      : undefined;
  vocabularyRefresh?.unref();
  // Scheduled SQLite backups (BACKUP_DIR; config.ts refuses it on PostgreSQL), copied and checked in a child process.
  const backups = config.BACKUP_DIR
    ? startBackupSchedule({
        source: sqliteFileOf(config.DATABASE_URL)!,
        dir: config.BACKUP_DIR,
        everyHours: config.BACKUP_EVERY_HOURS,
        keep: config.BACKUP_KEEP,
        clock,
        onBackedUp: (backup) => {
          log(`backup: ${backup.file}, ${backup.bytes} bytes in ${backup.ms.toFixed(0)} ms, integrity ok`);
          metrics.backupLastSuccess.set(backup.finishedAt.getTime() / 1000);
        },
        log,
        onError: (error) => logError(error, 'scheduled backup'),
      })
    : null;

  await app.listen({ port: config.PORT, host: config.HOST });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  log(
    `MiConsulado server ${config.INSTANCE_ID} listening on ${url} (${database.description}${cluster ? ', socket.io through Redis' : ''})`,
  );

  return {
    url,
    port,
    database,
    routes,
    socketHandlers,
    /**
     * A graceful stop: readiness says 503 first (for SHUTDOWN_DRAIN_MS everything else is still
     * served), then timers stop, this instance's sockets are closed (consoles reconnect, through the
     * proxy, to another instance), in-flight HTTP requests finish while new connections are refused,
     * and the adapter and the database close last. The caller bounds it (SHUTDOWN_GRACE_MS).
     */
    async close() {
      readiness.startDraining();
      if (config.SHUTDOWN_DRAIN_MS > 0)
        await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
      sweeper.stop();
      waitlistSweeper.stop();
      await callSweeper.stop();
      await retention.stop();
      clearInterval(sessionPurge);
      sockets.stop();
      clearInterval(vocabularyRefresh);
      // A backup under way finishes (its file complete) before the database closes.
      await backups?.stop();
      // The simulated callers hang up before the routing stops.
      await simulator?.stop();
      await routing.stop();
      await outbox.stop();
      // In-flight sends finish and are settled (or their leases run out for another instance).
      await messages.worker.stop();
      await floor.stop();
      // This instance's connections only (io.disconnectSockets would reach every instance through the
      // adapter), closed as a lost transport: every socket.io client reconnects by itself, and the
      // proxy sends it to an instance still listening.
      sockets.io.engine.close();
      await app.close().catch(() => {});
      await sockets.io.close().catch(() => {});
      await cluster?.close();
      await database.close();
    },
  };
}
