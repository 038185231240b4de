import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../../../shared/domain/curp/curp-builder';
import { migrateToLatest } from '../../../platform/db/migrate';
import type { Database } from '../../../platform/db/schema';
import { openSqlite } from '../../../platform/db/sqlite-connection';
import { insertApplicants, tokensOf, type NewApplicant } from '../applicant-repository';
import { generateApplicants } from '../../../seed/generators/applicant-generator';
import {
  createApplicantSearch,
  digitPrefixRange,
  parseSearchQuery,
  planStage,
  type ApplicantSearch,
} from './applicant-search';
import { namePairs } from './name-pairs';
import { loadNameVocabulary, type NameVocabulary } from './name-vocabulary';

const CREATED_AT = '2025-01-15T16:00:00.000Z';

type WithCurp = NewApplicant & { curp: string };

function person(
  id: string,
  givenNames: string,
  firstSurname: string,
  secondSurname: string | null,
  birthDate: string,
  extra: Partial<NewApplicant> = {},
): WithCurp {
  return {
    id,
    sandbox: 'live',
    curp: buildCurp({ givenNames, firstSurname, secondSurname, birthDate, sex: 'M', state: 'JC' }),
    givenNames,
    firstSurname,
    secondSurname,
    birthDate,
    phone: null,
    email: null,
    createdAt: CREATED_AT,
    createdBy: null,
    ...extra,
  } as WithCurp;
}

/** People without a CURP, found by names and phone like anyone, never by a CURP. */
const withoutCurp: NewApplicant[] = [
  {
    ...person('hm_foreign', 'Jean-Luc', 'Tremblay', null, '1979-03-21', { phone: '+15145550123' }),
    curp: null,
    noCurpReason: 'foreign_national',
  },
  {
    ...person('hm_child_a', 'Itzayana', 'Ocampo', 'Bravo', '2025-01-10', { phone: '+525512345678' }),
    curp: null,
    noCurpReason: 'not_yet_registered',
  },
  {
    ...person('hm_child_b', 'Yaretzi', 'Ocampo', 'Bravo', '2023-06-02', { phone: '+525512345678' }),
    curp: null,
    noCurpReason: 'not_yet_registered',
  },
  // Two ten-digit numbers that end alike: New Jersey's 551 and Mexico City's 55.
  person('hm_nj', 'Zacarías', 'Zúñiga', null, '1980-02-02', { phone: '+15512345678' }),
];

const handMade: NewApplicant[] = [
  person('hm_guadalupe', 'María Guadalupe', 'Núñez', 'de la Cruz', '1984-03-12', { phone: '+16025550143' }),
  person('hm_jose', 'José Ángel', 'Peña', 'Ibáñez', '1979-11-02'),
  person('hm_hernandez', 'Xóchitl', 'Hernández', 'Zaldívar', '1990-06-30'),
  person('hm_gonzalez', 'Citlali', 'González', 'Tlatelpa', '1992-01-21'),
  person('hm_rodriguez', 'Nicanor', 'Rodríguez', 'Cuautle', '1967-09-09'),
  person('hm_villasenor', 'Apolinar', 'Villaseñor', 'Jáuregui', '1958-04-04'),
  person('hm_maria', 'María', 'Hernández', 'López', '1975-05-05'),
  person('hm_ana_maria', 'Ana María', 'Hernández', 'López', '1975-05-06'),
  person('hm_abril', 'Abril', 'Montes de Oca', 'Ugalde', '1999-12-31'),
  person('hm_perez', 'Rigoberto', 'Pérez', 'Pérez', '1961-07-17'),
  person('hm_itzel_mg', 'Itzel', 'Martínez', 'García', '2001-02-03'),
  person('hm_itzel_gm', 'Itzel', 'García', 'Martínez', '2001-02-04'),
];
const practiceOnly = person('hm_practice', 'Anselmo', 'Pizano', 'Loera', '1988-08-08', {
  sandbox: 'practice:u1',
});

let dir: string;
let db: Kysely<Database>;
let vocabulary: NameVocabulary;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'applicant-search-'));
  ({ db } = openSqlite(join(dir, 'search.sqlite')));
  await migrateToLatest(db as never, 'sqlite');
  const generated: NewApplicant[] = [];
  for (const a of generateApplicants({ count: 400, seed: 7 })) {
    generated.push({ ...a, sandbox: 'live', createdAt: CREATED_AT, createdBy: null });
  }
  await db
    .transaction()
    .execute((trx) => insertApplicants(trx, [...generated, ...handMade, practiceOnly, ...withoutCurp]));
  vocabulary = await loadNameVocabulary(db);
});

afterAll(async () => {
  await db?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('parseSearchQuery', () => {
  it('tells CURPs, phone numbers and names apart', () => {
    expect(parseSearchQuery(' nucg840312mjcxrd09 ')).toEqual({ kind: 'curp', curp: 'NUCG840312MJCXRD09' });
    expect(parseSearchQuery('nucg 840312 mjcxrd 09')).toEqual({ kind: 'curp', curp: 'NUCG840312MJCXRD09' });
    expect(parseSearchQuery('(602) 555-0143')).toEqual({
      kind: 'phone',
      digits: '6025550143',
      exact: ['+16025550143'],
    });
    expect(parseSearchQuery('+1 602.555.0143')).toEqual({
      kind: 'phone',
      digits: '16025550143',
      exact: ['+16025550143'],
    });
    expect(parseSearchQuery('602 55')).toEqual({ kind: 'none' });
    expect(parseSearchQuery('Núñez de la Cruz')).toEqual({ kind: 'name', tokens: ['NUNEZ', 'CRUZ'] });
    expect(parseSearchQuery('de la')).toEqual({ kind: 'none' });
  });

  it('reads a whole number in any spelling, both countries for ten digits valid in both, and 7 or more digits as an ending', () => {
    expect(parseSearchQuery('52 1 55 1234 5678')).toEqual({
      kind: 'phone',
      digits: '5215512345678',
      exact: ['+525512345678'],
    });
    expect(parseSearchQuery('55 1234 5678')).toEqual({
      kind: 'phone',
      digits: '5512345678',
      exact: ['+15512345678', '+525512345678'],
    });
    expect(parseSearchQuery('81 1234 5678')).toEqual({
      kind: 'phone',
      digits: '8112345678',
      exact: ['+528112345678'],
    });
    expect(parseSearchQuery('555-0143')).toEqual({ kind: 'phone', digits: '5550143', exact: [] });
    expect(parseSearchQuery('602/555/0143')).toEqual({
      kind: 'phone',
      digits: '6025550143',
      exact: ['+16025550143'],
    });
    expect(parseSearchQuery('555-014')).toEqual({ kind: 'none' });
  });
});

describe('digitPrefixRange', () => {
  it('spans exactly the digit strings that start with the prefix', () => {
    expect(digitPrefixRange('3410555')).toEqual({ from: '3410555', to: '3410556' });
    expect(digitPrefixRange('3410559')).toEqual({ from: '3410559', to: '341056' });
    expect(digitPrefixRange('3499999')).toEqual({ from: '3499999', to: '35' });
    expect(digitPrefixRange('9999999')).toEqual({ from: '9999999', to: null });
  });

  it('holds for any prefix and candidate (property)', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(digits, digits, (prefix, candidate) => {
        const { from, to } = digitPrefixRange(prefix);
        const inRange = candidate >= from && (to === null || candidate < to);
        expect(inRange).toBe(candidate.startsWith(prefix));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('loadNameVocabulary', () => {
  it('loads the counts of name_vocabulary and refreshes them', async () => {
    const fresh = await loadNameVocabulary(db);
    expect(fresh.count('NUNEZ')).toBeGreaterThanOrEqual(1);
    const before = fresh.count('XOCHITL');
    const twin = person('hm_twin', 'Xóchitl', 'Anaya', null, '1993-03-03');
    await db.transaction().execute((trx) => insertApplicants(trx, [twin]));
    expect(fresh.count('XOCHITL')).toBe(before);
    await fresh.refresh(db);
    expect(fresh.count('XOCHITL')).toBe(before + 1);
  });
});

describe('namePairs', () => {
  it('lists each pair of distinct tokens once, lower first', () => {
    expect(namePairs(['MARIA', 'GUADALUPE', 'NUNEZ'])).toEqual([
      ['GUADALUPE', 'MARIA'],
      ['GUADALUPE', 'NUNEZ'],
      ['MARIA', 'NUNEZ'],
    ]);
    expect(namePairs(['PEREZ', 'PEREZ'])).toEqual([]);
  });
});

describe.each([
  { mode: 'tokens', pairTable: false },
  { mode: 'pairs', pairTable: true },
])('applicant search ($mode)', ({ mode, pairTable }) => {
  let search: ApplicantSearch;
  beforeAll(() => {
    search = createApplicantSearch(db, vocabulary, { pairTable });
  });

  it('finds an applicant by CURP typed in lower case', async () => {
    const target = handMade[0] as WithCurp;
    expect(ids(await search.search(['live'], target.curp.toLowerCase(), 20))).toEqual([target.id]);
    expect(
      ids(
        await search.search(
          ['live'],
          ` ${target.curp.slice(0, 10)} ${target.curp.slice(10).toLowerCase()} `,
          20,
        ),
      ),
    ).toEqual([target.id]);
  });

  it('finds an applicant by phone number in any format', async () => {
    for (const q of ['(602) 555-0143', '+1 602 555 0143', '602.555.0143', '16025550143']) {
      expect(ids(await search.search(['live'], q, 20)), q).toEqual(['hm_guadalupe']);
    }
    expect(await search.search(['live'], '555-0199', 20)).toEqual([]);
  });

  it('finds anyone whose number ends with 7 or more typed digits, in either country', async () => {
    expect(ids(await search.search(['live'], '555-0143', 20))).toContain('hm_guadalupe');
    expect(ids(await search.search(['live'], '555 0123', 20))).toContain('hm_foreign');
    // The last 8 digits of a Mexico City number and of a New Jersey one, alphabetically.
    expect(ids(await search.search(['live'], '1234 5678', 20))).toEqual([
      'hm_child_a',
      'hm_child_b',
      'hm_nj',
    ]);
  });

  it('finds a whole number in any spelling, and ten digits valid in both countries in both', async () => {
    for (const q of ['+52 55 1234 5678', '52 1 55 1234 5678', '044 55 1234 5678', '011 52 55 1234 5678']) {
      expect(ids(await search.search(['live'], q, 20)), q).toEqual(['hm_child_a', 'hm_child_b']);
    }
    expect(ids(await search.search(['live'], '+1 (551) 234-5678', 20))).toEqual(['hm_nj']);
    expect(ids(await search.search(['live'], '(551) 234-5678', 20))).toEqual([
      'hm_child_a',
      'hm_child_b',
      'hm_nj',
    ]);
    expect(ids(await search.search(['live'], '001 514 555 0123', 20))).toEqual(['hm_foreign']);
  });

  it('finds people without a CURP by name, like anyone, and never by a CURP', async () => {
    expect(ids(await search.search(['live'], 'jean luc tremblay', 20))).toEqual(['hm_foreign']);
    expect(ids(await search.search(['live'], 'ocampo bravo', 20)).sort()).toEqual([
      'hm_child_a',
      'hm_child_b',
    ]);
    const wouldBe = buildCurp({
      givenNames: 'Itzayana',
      firstSurname: 'Ocampo',
      secondSurname: 'Bravo',
      birthDate: '2025-01-10',
      sex: 'M',
      state: 'JC',
    });
    expect(await search.search(['live'], wouldBe, 20)).toEqual([]);
  });

  it('finds names in any order, without accents or particles', async () => {
    for (const q of ['nunez cruz maria', 'María Guadalupe Núñez de la Cruz', 'GUADALUPE NUNEZ']) {
      expect(ids(await search.search(['live'], q, 20))[0], q).toBe('hm_guadalupe');
    }
  });

  it('tolerates a one-letter typo', async () => {
    expect(ids(await search.search(['live'], 'xochitl hernandes', 20))[0]).toBe('hm_hernandez');
    expect(ids(await search.search(['live'], 'Gonzales Citlali', 20))[0]).toBe('hm_gonzalez');
    expect(ids(await search.search(['live'], 'nicanor rodriguex', 20))[0]).toBe('hm_rodriguez');
    expect(ids(await search.search(['live'], 'hernandes', 50))).toContain('hm_hernandez');
  });

  it('tolerates two typos in a long surname', async () => {
    expect(ids(await search.search(['live'], 'vilasenior apolinar', 20))[0]).toBe('hm_villasenor');
  });

  it('tolerates a transposition', async () => {
    expect(ids(await search.search(['live'], 'xochitl hernadnez zaldivar', 20))[0]).toBe('hm_hernandez');
    expect(ids(await search.search(['live'], 'nicanor rodrigeuz', 20))[0]).toBe('hm_rodriguez');
  });

  it('matches a repeated surname typed with a typo once', async () => {
    expect(ids(await search.search(['live'], 'rigoberto peres perez', 20))[0]).toBe('hm_perez');
    expect(ids(await search.search(['live'], 'rigoberto perez perez', 20))[0]).toBe('hm_perez');
  });

  it('tolerates a typo while the last word is being typed', async () => {
    expect(ids(await search.search(['live'], 'xochitl hernandes zald', 20))[0]).toBe('hm_hernandez');
  });

  it('matches the last word while it is being typed', async () => {
    expect(ids(await search.search(['live'], 'pena iba', 20))[0]).toBe('hm_jose');
    expect(ids(await search.search(['live'], 'jose angel pe', 20))).toContain('hm_jose');
    // Only the last word may be incomplete.
    expect(ids(await search.search(['live'], 'pe ibanez', 20))).not.toContain('hm_jose');
  });

  it('ranks the name as typed before longer names that contain it', async () => {
    const found = ids(await search.search(['live'], 'maria hernandez lopez', 20));
    expect(found.indexOf('hm_maria')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('hm_maria')).toBeLessThan(found.indexOf('hm_ana_maria'));
  });

  it('ranks the surnames in the order typed first', async () => {
    expect(ids(await search.search(['live'], 'itzel martinez garcia', 20)).slice(0, 2)).toEqual([
      'hm_itzel_mg',
      'hm_itzel_gm',
    ]);
    expect(ids(await search.search(['live'], 'garcia martinez itzel', 20)).slice(0, 2)).toEqual([
      'hm_itzel_gm',
      'hm_itzel_mg',
    ]);
    expect(ids(await search.search(['live'], 'itzel garcia martines', 20)).slice(0, 2)).toEqual([
      'hm_itzel_gm',
      'hm_itzel_mg',
    ]);
  });

  it('ranks exact matches before typo matches', async () => {
    const found = await search.search(['live'], 'maria hernandez', 50);
    const firstTypo = found.findIndex(
      (r) =>
        !tokensOf({
          givenNames: r.given_names,
          firstSurname: r.first_surname,
          secondSurname: r.second_surname,
        }).includes('MARIA'),
    );
    const lastExact = found.findLastIndex((r) =>
      tokensOf({
        givenNames: r.given_names,
        firstSurname: r.first_surname,
        secondSurname: r.second_surname,
      }).includes('MARIA'),
    );
    if (firstTypo >= 0) expect(lastExact).toBeLessThan(firstTypo);
    expect(found.length).toBeGreaterThan(0);
  });

  it('handles compound surnames with particles', async () => {
    expect(ids(await search.search(['live'], 'abril montes de oca', 20))[0]).toBe('hm_abril');
    expect(ids(await search.search(['live'], 'abril oca ugalde', 20))[0]).toBe('hm_abril');
  });

  it('respects sandboxes', async () => {
    expect(await search.search(['practice:u1'], 'nunez cruz maria', 20)).toEqual([]);
    expect(await search.search(['practice:u1'], (handMade[0] as WithCurp).curp, 20)).toEqual([]);
    expect(await search.search(['practice:u1'], '(602) 555-0143', 20)).toEqual([]);
    expect(ids(await search.search(['practice:u1'], 'anselmo pizano', 20))).toEqual(['hm_practice']);
    expect(await search.search(['live'], 'anselmo pizano', 20)).toEqual([]);
    expect(ids(await search.search(['live', 'practice:u1'], 'anselmo pizano', 20))).toEqual(['hm_practice']);
    expect(await search.search([], 'anselmo pizano', 20)).toEqual([]);
  });

  it('returns nothing without a name word of two letters or more', async () => {
    expect(await search.search(['live'], 'a b', 20)).toEqual([]);
    expect(await search.search(['live'], 'de la', 20)).toEqual([]);
    expect(await search.search(['live'], '  ', 20)).toEqual([]);
  });

  it('respects the limit and returns each applicant once', async () => {
    const found = await search.search(['live'], 'hernandez', 5);
    expect(found).toHaveLength(5);
    const wide = ids(await search.search(['live'], 'maria', 50));
    expect(new Set(wide).size).toBe(wide.length);
  });

  it('finds applicants registered after the vocabulary was loaded', async () => {
    const late = person(
      `hm_late_${mode}`,
      'Crescencio',
      'Oropeza',
      `Tinoco ${mode}`,
      pairTable ? '1970-02-02' : '1971-03-03',
    );
    await db.transaction().execute((trx) => insertApplicants(trx, [late]));
    // Registered through another instance: exact words still match.
    expect(ids(await search.search(['live'], `crescencio oropeza tinoco ${mode}`, 20))).toEqual([late.id]);
    vocabulary.add(tokensOf(late));
    expect(ids(await search.search(['live'], `crescencio oropesa tinoco ${mode}`, 20))).toEqual([late.id]);
  });
});

describe('a birth date typed with the names', () => {
  it('is read out of the words, not searched as a name word', () => {
    expect(parseSearchQuery('Ramon Gonzales 14/03/1985')).toEqual({
      kind: 'name',
      tokens: ['RAMON', 'GONZALES'],
      born: [{ from: '1985-03-14', to: '1985-03-15' }],
    });
    // A date alone stays what it was (digits: the end of a phone number).
    expect(parseSearchQuery('14/03/1985').kind).toBe('phone');
  });

  it('probes each joined applicant by primary key: the join still starts from the name index', async () => {
    for (const pairs of [false, true]) {
      const { query } = planStage({
        sandboxes: ['live'],
        stage: [
          vocabulary.candidates('XOCHITL', { prefix: false }),
          vocabulary.candidates('HERNANDEZ', { prefix: true }),
        ],
        cap: 500,
        pairs,
        born: [{ from: '1990-06-30', to: '1990-07-01' }],
      });
      const plan = (await sql<{ detail: string }>`explain query plan ${query}`.execute(db)).rows
        .map((r) => r.detail)
        .join('\n');
      expect(plan, plan).toMatch(/SEARCH a USING INDEX sqlite_autoindex_applicants_1 \(id=\?\)/);
      expect(plan, plan).not.toMatch(/\bSCAN\b/);
      const { rows } = await query.execute(db);
      expect(rows.map((r) => r.id)).toEqual(['hm_hernandez']);
    }
  });
});
