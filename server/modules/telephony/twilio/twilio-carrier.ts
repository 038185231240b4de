import twilio from 'twilio';
import type { Carrier, CarrierCall, CarrierOperator } from '../../routing';
import type { TwilioCallUpdater } from './twilio-rest';
import type { TwilioSettings } from './twilio-settings';
import { dialOperatorTwiml, type OperatorEndpoint } from './twiml';
import { TWILIO_PROVIDER } from './twilio-webhooks';
import type { ErrorContext } from '../../../platform/logging/log-port';

export interface TwilioCarrierDeps {
  settings: TwilioSettings;
  calls: TwilioCallUpdater;
  /** The caller is no longer on Twilio's line (the routing ends the call as hung up by the caller). */
  callerGone(providerCallId: string): Promise<void>;
  /** Twilio kept failing: recorded where the lead and support look (the audit log). */
  recordFailure(call: CarrierCall, failure: CarrierFailure): Promise<void>;
  onError(error: unknown, what: string, context?: ErrorContext): void;
  /** Waits between attempts (tests may shorten it). */
  retryDelaysMs?: readonly number[];
}

/**
 * Twilio's answers that mean the call is not live any more: 404 (no such call) or 21220 ("Call is not
 * in-progress. Cannot redirect."). Retrying cannot help; the caller has gone.
 */
function callIsGone(error: unknown): boolean {
  return error instanceof twilio.RestException && (error.status === 404 || error.code === 21220);
}

/** Where the operator answers: their phone number when TWILIO_OPERATOR_NUMBERS names one, else the softphone. */
export function operatorEndpoint(settings: TwilioSettings, operator: CarrierOperator): OperatorEndpoint {
  const e164 = settings.operatorNumbers[operator.username];
  return e164 ? { kind: 'number', e164 } : { kind: 'client', identity: operator.username };
}

/** What the carrier could not do, after every attempt. */
export interface CarrierFailure {
  operation: 'connect' | 'hang_up';
  attempts: number;
  error: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The carrier of `twilio` calls: an accepted call is redirected from hold music to a `<Dial>` of the
 * operator; a call the operator ends is completed. Twilio failing for a while is retried; a call Twilio
 * says is gone is handed back to the routing as hung up by the caller, so nobody waits on a dead line.
 */
export function createTwilioCarrier(deps: TwilioCarrierDeps): Carrier {
  const delays = deps.retryDelaysMs ?? [250, 1000, 2000];

  /** Runs the REST call until it succeeds; Twilio saying the call is gone is thrown at once. */
  async function withRetries(
    operation: CarrierFailure['operation'],
    call: CarrierCall,
    action: () => Promise<void>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await action();
      } catch (error) {
        if (callIsGone(error)) throw error;
        const delay = delays[attempt - 1];
        if (delay !== undefined) {
          await wait(delay);
          continue;
        }
        deps.onError(
          error,
          `${operation} of Twilio call ${call.providerCallId} (after ${attempt} attempts)`,
          {
            callId: call.id,
          },
        );
        const message = error instanceof Error ? error.message : String(error);
        await deps
          .recordFailure(call, { operation, attempts: attempt, error: message })
          .catch((auditError: unknown) =>
            deps.onError(auditError, `recording the ${operation} failure`, { callId: call.id }),
          );
        return;
      }
    }
  }

  return {
    provider: TWILIO_PROVIDER,

    async connect(call, operator) {
      const twiml = dialOperatorTwiml(operatorEndpoint(deps.settings, operator));
      try {
        await withRetries('connect', call, () => deps.calls.update(call.providerCallId, { twiml }));
      } catch (error) {
        // The caller hung up between the offer and the accept: end the call as the caller's.
        deps.onError(error, `connecting Twilio call ${call.providerCallId} (the caller had hung up)`, {
          callId: call.id,
        });
        await deps.callerGone(call.providerCallId);
      }
    },

    async hangUp(call) {
      try {
        await withRetries('hang_up', call, () =>
          deps.calls.update(call.providerCallId, { status: 'completed' }),
        );
      } catch (error) {
        // Already over on Twilio's side: nothing to end.
        if (!callIsGone(error)) throw error;
      }
    },
  };
}
