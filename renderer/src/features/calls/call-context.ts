import type { UpdateMyCallBody } from '../../../../shared/api/routing';

/** What the call is about so far, as the server keeps it for a console that reloads. */
export type CallContext = {
  callId: string;
  applicantId: string | null;
  procedureId: string | null;
  consulateId: string | null;
};

type ContextSource = {
  call: { id: string } | null;
  applicant: { id: string } | null;
  procedureId: string | null;
  consulateId: string | null;
};

/** The context of the console's call, or null without one. */
export const contextOf = (state: ContextSource): CallContext | null =>
  state.call
    ? {
        callId: state.call.id,
        applicantId: state.applicant?.id ?? null,
        procedureId: state.procedureId,
        consulateId: state.consulateId,
      }
    : null;

/** The PATCH body from what the server knows to what the console shows: only what changed (null clears). */
export function contextChanges(known: CallContext, now: CallContext): UpdateMyCallBody | null {
  const body: UpdateMyCallBody = {};
  if (now.applicantId !== known.applicantId) body.applicantId = now.applicantId;
  if (now.procedureId !== known.procedureId) body.procedureId = now.procedureId;
  if (now.consulateId !== known.consulateId) body.consulateId = now.consulateId;
  return Object.keys(body).length > 0 ? body : null;
}
