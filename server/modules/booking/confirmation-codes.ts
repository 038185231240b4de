import type { Transaction } from 'kysely';
import { generateConfirmationCode } from '../../../shared/domain/booking/confirmation-code';
import type { Database } from '../../platform/db/schema';
import { isConfirmationCodeTaken } from './reservation-repository';

/** A confirmation code no other booking has (the unique index backs this check). */
export async function freshConfirmationCode(
  trx: Transaction<Database>,
  randomInt: (n: number) => number,
): Promise<string> {
  for (;;) {
    const code = generateConfirmationCode(randomInt);
    if (!(await isConfirmationCodeTaken(trx, code))) return code;
  }
}
