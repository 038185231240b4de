import { buildCurp } from '../domain/curp/curp-builder';
import type { ScenarioCaller } from './scenario';

/** The CURP of a scenario's caller, built from the file's facts; null for a caller without one. */
export const callerCurp = (caller: ScenarioCaller): string | null =>
  caller.noCurpReason === undefined ? buildCurp(caller) : null;
