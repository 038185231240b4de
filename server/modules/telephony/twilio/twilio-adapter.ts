import type { Kysely } from 'kysely';
import { systemActor } from '../../../kernel/actor';
import type { Clock } from '../../../kernel/clock';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { ServerConfig } from '../../../platform/config';
import type { Database } from '../../../platform/db/schema';
import type { Carrier } from '../../routing';
import { createTwilioCarrier } from './twilio-carrier';
import { createTwilioCallUpdater } from './twilio-rest';
import { twilioRoutes } from './twilio-routes';
import { twilioSettingsFrom } from './twilio-settings';
import { createTwilioWebhooks, TWILIO_PROVIDER, type TwilioIntake } from './twilio-webhooks';
import type { ErrorContext } from '../../../platform/logging/log-port';

export interface TwilioAdapterDeps {
  config: ServerConfig;
  /** Where a call Twilio would not connect or end is recorded (the audit log). */
  db: Kysely<Database>;
  clock: Clock;
  /** The routing's service: its intake, and where the carrier registers. */
  routing: TwilioIntake & { registerCarrier(carrier: Carrier): void };
  onError(error: unknown, what: string, context?: ErrorContext): void;
}

/**
 * The Twilio Programmable Voice adapter wired once: its webhooks' routes (answering 404 while
 * TWILIO_AUTH_TOKEN is unset) and, when configured, the carrier of `twilio` calls.
 */
export function createTwilioAdapter(deps: TwilioAdapterDeps) {
  const settings = twilioSettingsFrom(deps.config);
  const webhooks = createTwilioWebhooks({ settings, intake: deps.routing, onError: deps.onError });
  if (settings)
    deps.routing.registerCarrier(
      createTwilioCarrier({
        settings,
        calls: createTwilioCallUpdater(settings),
        callerGone: async (callSid) => {
          await deps.routing.hangUpByProvider(TWILIO_PROVIDER, callSid);
        },
        recordFailure: (call, failure) =>
          appendAudit(
            deps.db,
            deps.clock(),
            { ...systemActor, callId: call.id },
            'telephony.carrier_failed',
            { type: 'routed_call', id: call.id },
            { provider: call.provider, providerCallId: call.providerCallId, ...failure },
          ),
        onError: deps.onError,
      }),
    );
  return { enabled: settings !== null, routes: twilioRoutes(webhooks) };
}
