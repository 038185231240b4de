/**
 * fast-check arbitraries built from the JSON Schemas of the OpenAPI document: values of the
 * documented shape (with real ids from the seed where a field names one), and hostile ones (wrong
 * types, huge and odd strings, negative and huge numbers, impossible dates, extra and missing fields).
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  nullable?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Real values by field name (`consulateId` → the seed's consulates…), used for most valid values. */
export type Pools = Readonly<Record<string, readonly string[]>>;

/** A calendar date's field (`2026-01-15`, not an id that digits and dashes also fit). */
export const isDateSchema = (schema: JsonSchema | undefined): boolean => {
  if (schema?.type !== 'string') return false;
  if (schema.format === 'date') return true;
  if (!schema.pattern) return false;
  const pattern = new RegExp(schema.pattern, 'u');
  return pattern.test('2026-01-15') && !pattern.test('abcd-ef-gh');
};

/** Dates that no calendar has, or that no range should reach. */
export const impossibleDates = [
  '2026-02-30',
  '2027-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '9999-12-31',
  '0001-01-01',
  '1900-01-01',
  '+275760-09-13',
  '2026-1-1',
  '20261201',
];

const hostileStrings = [
  '',
  ' ',
  'a'.repeat(10_000),
  'é'.repeat(3_000),
  '😀'.repeat(500),
  '\u0000',
  '\ud800',
  '\u202e\u0000\ufeff',
  'null',
  'undefined',
  '-1',
  '1e999',
  'NaN',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00%2F',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}',
  'ZZZ',
  'phx',
];

const wrongTypes: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  'x',
  [],
  [1, 2],
  {},
  { $gt: '' },
];

const hostileNumbers = [-1, -0.5, 0.5, -2_147_483_649, 2_147_483_648, 2 ** 53, 1e308, -1e308, 1e-300];

/** A scalar or structure of the wrong kind, or a hostile value of the right kind. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const sameKind: fc.Arbitrary<unknown>[] = [];
  const type = schema.type;
  if (type === 'string' || schema.enum) {
    sameKind.push(fc.constantFrom(...hostileStrings), fc.string({ maxLength: 30, unit: 'binary' }));
    if (isDateSchema(schema)) sameKind.push(fc.constantFrom(...impossibleDates));
  }
  if (type === 'integer' || type === 'number') sameKind.push(fc.constantFrom(...hostileNumbers));
  if (type === 'array')
    sameKind.push(
      fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 0, maxLength: 3 }),
      fc.constant(Array.from({ length: (schema.maxItems ?? 100) + 1 }, () => schema.items?.enum?.[0] ?? 'x')),
    );
  if (type === 'object')
    sameKind.push(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })));
  return fc.oneof(fc.constantFrom(...wrongTypes), ...sameKind);
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    try {
      return fc
        .stringMatching(pattern)
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      return fc.string({ minLength, maxLength }).filter((s) => pattern.test(s));
    }
  }
  if (schema.format === 'email') return fc.emailAddress();
  return fc.string({ minLength, maxLength });
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  if (schema.type === 'integer') {
    const min = Math.max(schema.minimum ?? (exclusiveMin ?? -1_000_001) + 1, -1_000_000);
    const max = Math.min(schema.maximum ?? (exclusiveMax ?? 1_000_001) - 1, 1_000_000);
    return fc.integer({ min, max });
  }
  const min = Math.max(schema.minimum ?? exclusiveMin ?? -1e6, -1e6);
  const max = Math.min(schema.maximum ?? exclusiveMax ?? 1e6, 1e6);
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n !== exclusiveMin && n !== exclusiveMax);
}

/** A value of the documented shape; `name` is the field's name, to draw real ids from `pools`. */
export function validValue(schema: JsonSchema, pools: Pools, name = ''): fc.Arbitrary<unknown> {
  const plain = validNonNull(schema, pools, name);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: plain }, fc.constant(null)) : plain;
}

function validNonNull(schema: JsonSchema, pools: Pools, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, pools, name)));
  if (schema.allOf?.[0]) return validValue(schema.allOf[0], pools, name);
  const pool = pools[name];
  switch (schema.type) {
    case 'string': {
      const fromSchema = stringOf(schema);
      if (isDateSchema(schema))
        return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...(pools.date ?? [])) }, fromSchema);
      if (pool && pool.length > 0)
        return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, fromSchema);
      return fromSchema;
    }
    case 'integer':
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items ?? {}, pools, name.replace(/s$/, '')), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    case 'object':
      return validObject(schema, pools);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export function validObject(schema: JsonSchema, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    model[key] = validValue(property, pools, key);
  return fc.record(model, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<Record<string, unknown>>;
}

/** What was done to spoil a valid object: kept for the failure message. */
export type Spoiling =
  | { kind: 'replace'; key: string }
  | { kind: 'drop'; key: string }
  | { kind: 'extra'; key: string }
  | { kind: 'whole' };

/** A valid object spoilt in one way: a field replaced by a hostile value, a required one dropped, one added, or the whole replaced. */
export function spoiltObject(
  schema: JsonSchema,
  pools: Pools,
): fc.Arbitrary<{ value: unknown; spoiling: Spoiling }> {
  const properties = Object.entries(schema.properties ?? {});
  const required = schema.required ?? [];
  const ways: fc.Arbitrary<{ value: unknown; spoiling: Spoiling }>[] = [
    hostileValue({ type: 'object' }).map((value) => ({ value, spoiling: { kind: 'whole' } as Spoiling })),
    fc
      .tuple(
        validObject(schema, pools),
        fc.constantFrom('extra', 'isAdmin', '__proto__', 'constructor', 'id'),
      )
      // A computed key makes `__proto__` an own field, sent as JSON like any other.
      .map(([valid, key]) => ({
        value: { ...valid, [key]: true },
        spoiling: { kind: 'extra', key } as Spoiling,
      })),
  ];
  if (properties.length > 0)
    ways.push(
      fc.constantFrom(...properties).chain(([key, property]) =>
        fc.tuple(validObject(schema, pools), hostileValue(property)).map(([valid, bad]) => ({
          value: { ...valid, [key]: bad },
          spoiling: { kind: 'replace', key } as Spoiling,
        })),
      ),
    );
  if (required.length > 0)
    ways.push(
      fc.tuple(validObject(schema, pools), fc.constantFrom(...required)).map(([valid, key]) => {
        const copy = { ...valid };
        delete copy[key];
        return { value: copy, spoiling: { kind: 'drop', key } as Spoiling };
      }),
    );
  return fc.oneof(...ways);
}
