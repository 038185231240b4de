/**
 * Requests for a documented operation: the parts a client fills (path values, query, headers, JSON
 * body), an arbitrary of well-shaped ones, the first of them the route's own schemas accept (so it
 * reaches the handler), and sending one as a client would.
 */
import fc from 'fast-check';
import { validObject, validValue, type JsonSchema, type Pools } from './openapi-arbitraries';
import { asText, parametersSchema, urlOf, type Operation } from './openapi-operations';
import { ApiClient, type ApiResponse } from './api-client';

export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

/** The pools of one operation: a path's `{id}` draws from the ids of the collection before it. */
export function poolsFor(operation: Operation, pools: Pools): Pools {
  const segments = operation.path.split('/');
  const at = segments.indexOf('{id}');
  const collection = at > 0 ? segments[at - 1] : undefined;
  return { ...pools, id: (collection && pools[`path:${collection}`]) || [] };
}

/** Parts of the documented shape, with real ids from the pools where a field names one. */
export function validParts(operation: Operation, pools: Pools): fc.Arbitrary<RequestParts> {
  const own = poolsFor(operation, pools);
  const part = (schema: JsonSchema | undefined) =>
    schema ? validObject(schema, own) : fc.constant({} as Record<string, unknown>);
  return fc.record({
    path: part(parametersSchema(operation, 'path')),
    query: part(parametersSchema(operation, 'query')),
    headers: part(parametersSchema(operation, 'header')),
    body: operation.body ? validValue(operation.body, own) : fc.constant(undefined),
  });
}

/** A part as the server reads it off the wire: path and query values are text. */
const onTheWire = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(asText) : asText(value)]),
  );

/** True when the route's own schemas accept every part: the request reaches the handler. */
export function acceptedByRoute(operation: Operation, parts: RequestParts): boolean {
  const { route } = operation;
  return (
    (route.params?.safeParse(onTheWire(parts.path)).success ?? true) &&
    (route.query?.safeParse(onTheWire(parts.query)).success ?? true) &&
    (route.headers?.safeParse(onTheWire(parts.headers)).success ?? true) &&
    (route.body?.safeParse(parts.body).success ?? true)
  );
}

/** The first well-shaped request (from a fixed seed) that the route's schemas accept. */
export function acceptedParts(operation: Operation, pools: Pools, seed: number): RequestParts {
  const arbitrary = validParts(operation, pools);
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const [parts] = fc.sample(arbitrary, { seed: seed + attempt, numRuns: 1 });
    if (parts && acceptedByRoute(operation, parts)) return parts;
  }
  throw new Error(`${operation.method} ${operation.path}: no request its schemas accept in 500 tries`);
}

/** Header values as a client can send them (printable ASCII): anything else percent-encoded. */
const headerText = (value: unknown) => {
  const text = asText(value);
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURIComponent(text);
};
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function sendParts(
  url: string,
  operation: Operation,
  parts: RequestParts,
  auth: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse<unknown>> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parts.headers ?? {}))
    if (value !== undefined && HEADER_NAME.test(name)) headers[name] = headerText(value);
  Object.assign(headers, auth.headers);
  return new ApiClient(url, auth.token ?? null).request(
    operation.method,
    urlOf(operation, parts.path ?? {}, parts.query ?? {}),
    { ...(parts.body === undefined ? {} : { body: parts.body }), headers },
  );
}
