import type {
  CallCenterSettings,
  EndCallBody,
  OutboundListBody,
  StartCallBody,
} from '../../../shared/api/calls';
import type { UpdateMyCallBody } from '../../../shared/api/routing';
import type { Actor } from '../../kernel/actor';
import { putCallCenterSettings, readCallCenterSettings } from './call-center-settings';
import type { CallDeps } from './call-deps';
import { closeStaleCalls } from './close-stale-calls';
import { endCall } from './end-call';
import { readMyCall, updateMyCall } from './my-call';
import { createOutboundList } from './outbound-list';
import { readCall } from './read-call';
import { startCall } from './start-call';

/** The call log's commands, each one transaction, bound to their dependencies. */
export function createCallService(deps: CallDeps) {
  return {
    startCall: (actor: Actor, body?: StartCallBody) => startCall(deps, actor, body),
    endCall: (actor: Actor, callId: string, body: EndCallBody) => endCall(deps, actor, callId, body),
    readCall: (actor: Actor, callId: string) => readCall(deps, actor, callId),
    readMyCall: (actor: Actor) => readMyCall(deps, actor),
    updateMyCall: (actor: Actor, body: UpdateMyCallBody) => updateMyCall(deps, actor, body),
    settings: () => readCallCenterSettings(deps.db),
    putSettings: (lead: Actor, body: CallCenterSettings) => putCallCenterSettings(deps, lead, body),
    createOutboundList: (lead: Actor, body: OutboundListBody) => createOutboundList(deps, lead, body),
    /** Closes the calls nobody closed (the sweeper's round). */
    closeStaleCalls: () => closeStaleCalls(deps),
  };
}

export type CallService = ReturnType<typeof createCallService>;
