import { z } from 'zod';
import { Shift } from '../../../../shared/api/shifts';
import type { ShiftProblem } from '../../../../shared/domain/shifts/week-validation';
import { isApiError } from '../../lib/api-error';

const RefusedWeek = z.object({
  problems: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('ends_before_start'), shift: Shift }),
        z.object({ kind: z.literal('starts_before_open'), shift: Shift, open: z.string() }),
        z.object({ kind: z.literal('ends_after_close'), shift: Shift, close: z.string() }),
        z.object({ kind: z.literal('overlaps'), shift: Shift, other: Shift }),
      ]),
    )
    .min(1),
});

/**
 * The problems the server found in a week it refused (400 with `details.problems`), so the console
 * can word each one in its own language; null for any other failure.
 */
export function refusedWeekProblems(error: unknown): ShiftProblem[] | null {
  if (!isApiError(error) || error.code !== 'invalid_request') return null;
  const parsed = RefusedWeek.safeParse(error.details);
  return parsed.success ? parsed.data.problems : null;
}
