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

/** The practice sandbox of one user: their holds, bookings, registrations and calls while practising. */
export const practiceSandboxOf = (userId: string) => `practice:${userId}`;

/** Roles that may switch their console to practice mode (trainees are always in it). */
const PRACTICE_MODE_ROLES: ReadonlySet<Role> = new Set(['operator', 'lead', 'trainee']);

/**
 * A trainee's requests act on a sandbox of their own, and so do those of an operator or lead whose
 * console is in practice mode; everyone else acts on the live inventory.
 */
export function sandboxFor(user: { id: string; role: Role }, practiceMode = false): string {
  if (user.role === 'trainee' || (practiceMode && PRACTICE_MODE_ROLES.has(user.role)))
    return practiceSandboxOf(user.id);
  return LIVE_SANDBOX;
}

export const isPractice = (sandbox: string) => sandbox !== LIVE_SANDBOX;

/** Applicants an actor may see and book: practice never reaches a real applicant. */
export function readableApplicantSandboxes(sandbox: string): string[] {
  return isPractice(sandbox) ? [PRACTICE_POOL, sandbox] : [LIVE_SANDBOX];
}

export const systemActor: Actor = { userId: 'system', role: 'admin', sandbox: LIVE_SANDBOX, callId: null };
