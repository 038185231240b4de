import type { z } from 'zod';

/**
 * What is wrong with an input, field by field, and one line for people: the first problem. One
 * formatter for HTTP parts (`where` = body, query, params, headers) and socket payloads (`payload`).
 */
export function describeZodError(error: z.ZodError, where: string) {
  const details = error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = details[0];
  const message = first ? `${first.field}: ${first.message}` : `the ${where} is not valid`;
  return { message, details };
}
