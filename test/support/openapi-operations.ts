/**
 * The operations of the served OpenAPI document (`/api/docs`), each paired with the route of the
 * server's route table it was generated from, and requests built for them: a URL from the path
 * template and values, a query string, headers and a JSON body, as a client would send them.
 */
import type { Role } from '../../shared/api/auth';
import { errorCodes, errorStatus, type ErrorCode } from '../../shared/api/errors';
import type { RouteDefinition } from '../../server/platform/http/route-definition';
import type { JsonSchema } from './openapi-arbitraries';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: RouteDefinition['method'];
  /** The path template as documented: `/api/slots/{id}`. */
  path: string;
  /** Roles the document allows: empty for public and service routes. */
  roles: readonly Role[];
  /** The service whose own token the route takes (`telephony`), if any. */
  service: string | undefined;
  isPublic: boolean;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  /** Documented statuses. */
  statuses: ReadonlySet<number>;
  /** The route the operation was generated from (its zod response schemas). */
  route: RouteDefinition;
}

interface DocumentOperation {
  security: unknown[];
  'x-roles': Role[];
  'x-service'?: string;
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, DocumentOperation>>;
}

const templateOf = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Every documented operation with its route; throws if the document and the table disagree. */
export function operationsOf(document: OpenApiDocument, routes: readonly RouteDefinition[]): Operation[] {
  const byKey = new Map(routes.map((route) => [`${route.method} ${templateOf(route.url)}`, route]));
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths))
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const route = byKey.get(key);
      if (!route) throw new Error(`${key} is documented but not in the route table`);
      byKey.delete(key);
      operations.push({
        method: route.method,
        path,
        roles: op['x-roles'],
        service: op['x-service'],
        isPublic: op.security.length === 0 && !op['x-service'],
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json'].schema,
        statuses: new Set(Object.keys(op.responses).map(Number)),
        route,
      });
    }
  if (byKey.size > 0) throw new Error(`not documented: ${[...byKey.keys()].join(', ')}`);
  return operations;
}

/** The parameters of one location as one object schema (for the arbitraries). */
export function parametersSchema(operation: Operation, location: Parameter['in']): JsonSchema | undefined {
  const parameters = operation.parameters.filter((p) => p.in === location);
  if (parameters.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  };
}

/** Lone surrogates (which no URL can carry) become U+FFFD, as `String.prototype.toWellFormed` does. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A query or path value as text: what a client puts in a URL. */
export const asText = (value: unknown): string =>
  wellFormed(typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));

export function urlOf(operation: Operation, path: Record<string, unknown>, query: Record<string, unknown>) {
  const filled = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(asText(path[name])),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, asText(v));
  const text = search.toString();
  return text === '' ? filled : `${filled}?${text}`;
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/** Why an error answer breaks the contract's shape `{error: {code, message}}`, or null when it keeps it. */
export function errorShapeProblem(status: number, body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return 'no {error} object';
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return '{error} is not an object';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !knownCodes.has(code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message === '') return 'no message';
  if (errorStatus[code as ErrorCode] !== status)
    return `code ${code} is ${errorStatus[code as ErrorCode]}, not ${status}`;
  return null;
}
