import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/api/auth';
import { PRACTICE_HEADER, PracticeModeValue } from '../../../shared/api/practice';
import type { ErrorCode } from '../../../shared/api/errors';

export type PracticeMode = { ok: true; practice: boolean } | { ok: false; code: ErrorCode; message: string };

const refuse = (code: ErrorCode, message: string): PracticeMode => ({ ok: false, code, message });

/**
 * What the header `x-practice-mode` asks, or why it is refused: only `on` and `off` are understood
 * (anything else, `ON` included, is 400 rather than silently live), an admin has no sandbox to
 * practise in, and a trainee is never live.
 */
export function readPracticeMode(request: FastifyRequest, role: Role | null): PracticeMode {
  const raw = request.headers[PRACTICE_HEADER];
  if (raw === undefined) return { ok: true, practice: false };
  const parsed = PracticeModeValue.safeParse(raw);
  if (!parsed.success)
    return refuse(
      'invalid_request',
      `The ${PRACTICE_HEADER} header must be exactly "on" or "off" (lowercase, once); leave it out to act on live data.`,
    );
  if (parsed.data === 'on' && role === 'admin')
    return refuse(
      'forbidden',
      `Admins have no practice sandbox: send the request without ${PRACTICE_HEADER}: on (it would act on live data).`,
    );
  if (parsed.data === 'off' && role === 'trainee')
    return refuse(
      'forbidden',
      `Trainees always practise: their requests act on their practice sandbox, so ${PRACTICE_HEADER}: off cannot be honoured.`,
    );
  return { ok: true, practice: parsed.data === 'on' };
}
