import { sql, type Kysely, type Transaction } from 'kysely';
import type { Applicant, NoCurpReason } from '../../../shared/api/applicants';
import { identityKeyOf } from '../../../shared/domain/curp/identity-without-curp';
import { phoneDigits } from '../../../shared/domain/phone/phone';
import { nameTokens } from '../../../shared/domain/text/normalize';
import { builderBulkInsert, type BulkInsert } from '../../platform/db/bulk-insert';
import type { ApplicantRow, Database } from '../../platform/db/schema';
import { namePairs } from './search/name-pairs';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewApplicant {
  id: string;
  sandbox: string;
  /** Null for a person without a CURP, who then has a `noCurpReason`. */
  curp: string | null;
  /** Left out (null) for a person with a CURP. */
  noCurpReason?: NoCurpReason | null;
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
  /** E.164, already normalised. */
  phone: string | null;
  email: string | null;
  /** What the applicant is told in; 'es' when left out. */
  language?: 'es' | 'en';
  createdAt: string;
  createdBy: string | null;
}

const INSERT_BATCH = 400;

/**
 * Inserts applicants with their name tokens (the search index) and vocabulary counts, in the
 * caller's transaction. The demo seed writes hundreds of thousands and passes a faster `bulk`.
 */
export async function insertApplicants(
  trx: Transaction<Database>,
  applicants: readonly NewApplicant[],
  bulk: BulkInsert = builderBulkInsert,
): Promise<void> {
  const tokenLists = applicants.map((a) => ({ a, tokens: tokensOf(a) }));
  const tokens = tokenLists.flatMap(({ a, tokens: list }) =>
    list.map((token) => ({ sandbox: a.sandbox, token, applicant_id: a.id })),
  );
  const pairs = tokenLists.flatMap(({ a, tokens: list }) =>
    namePairs(list).map(([token_a, token_b]) => ({
      sandbox: a.sandbox,
      token_a,
      token_b,
      applicant_id: a.id,
    })),
  );
  await bulk.rows(trx, 'applicants', applicants.map(toRow));
  await bulk.rows(trx, 'applicant_name_tokens', tokens);
  await bulk.rows(trx, 'applicant_name_token_pairs', pairs);
  await countVocabulary(
    trx,
    tokens.map((t) => t.token),
  );
}

export const tokensOf = (a: Pick<NewApplicant, 'givenNames' | 'firstSurname' | 'secondSurname'>) =>
  nameTokens(a.givenNames, a.firstSurname, a.secondSurname);

async function countVocabulary(trx: Transaction<Database>, tokens: string[]) {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const rows = [...counts].map(([token, applicant_count]) => ({ token, applicant_count }));
  for (let j = 0; j < rows.length; j += INSERT_BATCH) {
    await trx
      .insertInto('name_vocabulary')
      .values(rows.slice(j, j + INSERT_BATCH))
      .onConflict((oc) =>
        oc
          .column('token')
          .doUpdateSet({ applicant_count: sql`name_vocabulary.applicant_count + excluded.applicant_count` }),
      )
      .execute();
  }
}

function toRow(a: NewApplicant) {
  return {
    id: a.id,
    sandbox: a.sandbox,
    curp: a.curp,
    no_curp_reason: a.noCurpReason ?? null,
    identity_key: a.curp === null ? identityKeyOf(a) : null,
    given_names: a.givenNames,
    first_surname: a.firstSurname,
    second_surname: a.secondSurname,
    birth_date: a.birthDate,
    phone: a.phone,
    phone_digits: a.phone ? phoneDigits(a.phone) : null,
    phone_digits_reversed: a.phone ? reversedDigits(a.phone) : null,
    email: a.email,
    language: a.language ?? 'es',
    created_at: a.createdAt,
    created_by: a.createdBy,
  };
}

export function presentApplicant(row: ApplicantRow): Applicant {
  return {
    id: row.id,
    curp: row.curp,
    noCurpReason: row.no_curp_reason,
    givenNames: row.given_names,
    firstSurname: row.first_surname,
    secondSurname: row.second_surname,
    birthDate: row.birth_date,
    phone: row.phone,
    email: row.email,
    language: row.language,
  };
}

export async function findApplicantInSandboxes(
  db: Db,
  sandboxes: string[],
  id: string,
): Promise<ApplicantRow | undefined> {
  return db
    .selectFrom('applicants')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', 'in', sandboxes)
    .executeTakeFirst();
}

export async function findApplicantsByCurp(
  db: Db,
  sandboxes: string[],
  curp: string,
): Promise<ApplicantRow[]> {
  return db
    .selectFrom('applicants')
    .selectAll()
    .where('sandbox', 'in', sandboxes)
    .where('curp', '=', curp)
    .execute();
}

/** People without a CURP who have these names and birth date (`identity_key`, unique per sandbox). */
export async function findApplicantsWithoutCurp(
  db: Db,
  sandboxes: string[],
  identityKey: string,
): Promise<ApplicantRow[]> {
  return db
    .selectFrom('applicants')
    .selectAll()
    .where('sandbox', 'in', sandboxes)
    .where('curp', 'is', null)
    .where('identity_key', '=', identityKey)
    .execute();
}

/** A number's digits last first, as `phone_digits_reversed` stores them. */
export const reversedDigits = (phone: string): string => [...phoneDigits(phone)].reverse().join('');
