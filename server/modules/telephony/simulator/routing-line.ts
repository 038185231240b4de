import type { RoutingService } from '../../routing';
import { SIMULATOR_PROVIDER, type SimulatorLine } from './call-simulator';

/**
 * The simulator's line into the routing, in this process: the same intake and caller's hangup as
 * `POST /api/telephony/calls` and `…/:id/hangup` (the same checks, audit and offers), under the
 * provider name `simulator` — which the HTTP body cannot name, and which makes the routing tell this
 * simulator's carrier when an operator answers or ends its calls.
 */
export function routingLine(routing: Pick<RoutingService, 'receiveCall' | 'hangUp'>): SimulatorLine {
  return {
    async place(caller) {
      const { call } = await routing.receiveCall(
        {
          providerCallId: caller.providerCallId,
          from: caller.from,
          language: caller.language,
          ...(caller.queueId !== undefined ? { queueId: caller.queueId } : {}),
          ...(caller.ivrChoice !== undefined ? { ivrChoice: caller.ivrChoice } : {}),
        },
        SIMULATOR_PROVIDER,
      );
      return { id: call.id };
    },
    async hangUp(call) {
      await routing.hangUp(call.id);
    },
  };
}
