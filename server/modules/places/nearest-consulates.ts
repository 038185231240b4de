import {
  readPostalCode,
  type NearestConsulate,
  type NearestConsulatesQuery,
} from '../../../shared/api/reference/nearest';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { findProcedure } from '../reference';
import { bookableFrom, presentSlot } from '../slots';
import { consulateLocations } from './consulate-locations';
import { firstAvailableSlots, leadMinutesOf } from './first-available-repository';
import type { PlacesDeps } from './places-deps';
import { postalCodes } from './postal-codes';
import { rankConsulates } from './rank-consulates';

/** A code the schema let through (its shape is right) that the data does not place: 400 with the field. */
function unknownPostalCode(typed: string, country: 'US' | 'CA', code: string) {
  const what =
    country === 'US'
      ? `the ZIP code ${code}`
      : `the Canadian postal code ${typed.trim().toUpperCase()} (area ${code})`;
  return new DomainError(
    'invalid_request',
    `We could not find ${what}: check it with the caller (the postal-code data has no place for it).`,
    [{ field: 'query.postalCode', message: 'unknown postal code' }],
  );
}

/**
 * The consulates nearest to a postal code's centroid (great-circle, whole km), nearest first, each
 * with its earliest bookable slot for the procedure in the actor's sandbox (null: none).
 */
export async function nearestConsulates(
  deps: PlacesDeps,
  actor: Actor,
  query: NearestConsulatesQuery,
): Promise<NearestConsulate[]> {
  const postal = readPostalCode(query.postalCode);
  if (!postal)
    throw new DomainError('invalid_request', 'postalCode must be a US ZIP code or a Canadian postal code', [
      { field: 'query.postalCode', message: 'not a postal code' },
    ]);
  const origin = postalCodes().locate(postal);
  if (!origin) throw unknownPostalCode(query.postalCode, postal.country, postal.code);
  if (!(await findProcedure(deps.db, query.procedureId))) throw notFound(`Procedure ${query.procedureId}`);

  const ranked = rankConsulates(origin, consulateLocations(), query.limit);
  const leads = await leadMinutesOf(
    deps.db,
    ranked.map((r) => r.consulateId),
  );
  const now = deps.clock();
  const from = new Map(
    ranked
      .filter((r) => leads.has(r.consulateId))
      .map((r) => [r.consulateId, bookableFrom(now, leads.get(r.consulateId)!).toISOString()]),
  );
  const first = await firstAvailableSlots(deps.db, actor.sandbox, from);
  return ranked
    .filter((r) => leads.has(r.consulateId))
    .map((r) => {
      const slot = first.get(r.consulateId);
      return { ...r, firstAvailable: slot ? presentSlot(slot) : null };
    });
}
