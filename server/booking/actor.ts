import type { Role } from '../../shared/api/auth';

/** Who acts, in which inventory, during which call: every command and audit entry carries it. */
export interface Actor {
  userId: string;
  role: Role;
  sandbox: string;
  callId: string | null;
}

export const LIVE_SANDBOX = 'live';
/** Synthetic applicants every trainee can find; their own registrations go to their sandbox. */
export const PRACTICE_POOL = 'practice';

/** A trainee's requests act on a sandbox of their own; everyone else acts on the live inventory. */
export function sandboxFor(user: { id: string; role: Role }): string {
  return user.role === 'trainee' ? `practice:${user.id}` : LIVE_SANDBOX;
}

export const isPractice = (sandbox: string) => sandbox !== LIVE_SANDBOX;

/** Applicants an actor may see and book: practice never reaches a real applicant. */
export function readableApplicantSandboxes(sandbox: string): string[] {
  return isPractice(sandbox) ? [PRACTICE_POOL, sandbox] : [LIVE_SANDBOX];
}

export const systemActor: Actor = { userId: 'system', role: 'admin', sandbox: LIVE_SANDBOX, callId: null };
