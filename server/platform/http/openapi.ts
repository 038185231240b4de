import { z } from 'zod';
import { ErrorBody, errorStatus } from '../../../shared/api/errors';
import { allRoles, isServiceAccess, type RouteDefinition } from './route-definition';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** Query, path and header parameters of a route, one OpenAPI parameter per field. */
function parametersOf(route: RouteDefinition) {
  const out: unknown[] = [];
  for (const [location, schema] of [
    ['path', route.params],
    ['query', route.query],
    ['header', route.headers],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: location,
        required: location === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return out;
}

function responsesOf(route: RouteDefinition) {
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    const code = Number(status);
    // An error status with its own schema (readiness's 503) documents that schema, not the error body.
    if (code >= 400 && !schema)
      responses[status] = {
        description: 'Error',
        content: { 'application/json': { schema: toSchema(ErrorBody, 'output') } },
      };
    else if (schema)
      responses[status] = {
        description: code >= 400 ? 'Error' : 'OK',
        content: { 'application/json': { schema: toSchema(schema, 'output') } },
      };
    else responses[status] = { description: 'No content' };
  }
  if (route.access !== 'public')
    responses['401'] ??= { description: 'Missing or bad token: unauthenticated' };
  const roles = route.access;
  if (Array.isArray(roles) && allRoles.some((role) => !roles.includes(role)))
    responses['403'] ??= { description: "A role outside the route's x-roles: forbidden" };
  if (route.body || route.query || route.params || route.headers)
    responses['400'] ??= { description: 'invalid_request' };
  return responses;
}

/** The OpenAPI 3 document, generated from the same route table and zod schemas the server runs. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags,
      security: route.access === 'public' ? [] : [{ bearer: [] }],
      'x-roles': route.access === 'public' ? [] : isServiceAccess(route.access) ? [] : route.access,
      ...(isServiceAccess(route.access) ? { 'x-service': route.access.service } : {}),
      parameters: parametersOf(route),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: responsesOf(route),
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'MiConsulado booking API',
      version: '1',
      description: `Public booking API of the MiConsulado call center. Errors are {"error": {"code", "message"}}; codes and statuses: ${Object.entries(
        errorStatus,
      )
        .map(([code, status]) => `${code} (${status})`)
        .join(', ')}.`,
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
