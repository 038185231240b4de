import { Applicant } from '../../../../shared/api/applicants';

const KEY = 'miconsulado.call-caller';

/**
 * The caller picked on this console's call, kept for the tab's life: the server keeps the call's
 * applicant id, and the console takes the record back from here after a reload when the caller is
 * not among the applicants with the call's number (found by name, registered on the call).
 */
export function rememberCaller(callId: string, applicant: Applicant | null): void {
  try {
    if (applicant) sessionStorage.setItem(KEY, JSON.stringify({ callId, applicant }));
    else sessionStorage.removeItem(KEY);
  } catch {
    // No storage (private mode, a test without it): the reload falls back to the number's matches.
  }
}

export function rememberedCaller(callId: string): Applicant | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { callId?: unknown; applicant?: unknown };
    if (parsed.callId !== callId) return null;
    const applicant = Applicant.safeParse(parsed.applicant);
    return applicant.success ? applicant.data : null;
  } catch {
    return null;
  }
}
