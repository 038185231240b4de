/** Why a seat cannot be held right now, in the order the operator would fix it; null when it can. */
export type HoldBlocker = 'noCaller' | 'noProcedure' | 'offline';

export function holdBlocker(state: {
  hasApplicant: boolean;
  procedureId: string | null;
  online: boolean;
}): HoldBlocker | null {
  if (!state.hasApplicant) return 'noCaller';
  if (!state.procedureId) return 'noProcedure';
  if (!state.online) return 'offline';
  return null;
}
