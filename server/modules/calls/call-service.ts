import type { EndCallBody } from '../../../shared/api/calls';
import type { Actor } from '../../kernel/actor';
import type { CallDeps } from './call-deps';
import { endCall } from './end-call';
import { readCall } from './read-call';
import { startCall } from './start-call';

/** The call log's commands, each one transaction, bound to their dependencies. */
export function createCallService(deps: CallDeps) {
  return {
    startCall: (actor: Actor) => startCall(deps, actor),
    endCall: (actor: Actor, callId: string, body: EndCallBody) => endCall(deps, actor, callId, body),
    readCall: (actor: Actor, callId: string) => readCall(deps, actor, callId),
  };
}

export type CallService = ReturnType<typeof createCallService>;
