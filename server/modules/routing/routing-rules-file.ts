import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { queuesNamed, RoutingRules } from '../../../shared/domain/routing/routing-rules';

/** The routing rules shipped with the server (ROUTING_RULES_FILE names another file). */
export const DEFAULT_ROUTING_RULES_FILE = fileURLToPath(new URL('./routing-rules.json', import.meta.url));

/** A rules file that cannot be used: the server refuses to start and names the file and the problem. */
export class RoutingRulesFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Routing rules ${path} cannot be used: ${problem}`);
    this.name = 'RoutingRulesFileError';
  }
}

/** Parses one file's text with the RoutingRules schema; throws RoutingRulesFileError with the zod issues. */
export function parseRoutingRules(path: string, text: string): RoutingRules {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RoutingRulesFileError(path, `not JSON (${(error as Error).message})`);
  }
  const parsed = RoutingRules.safeParse(json);
  if (!parsed.success)
    throw new RoutingRulesFileError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

/** The rules and the file they came from (named again if they do not fit the queues). */
export async function loadRoutingRules(
  path: string = DEFAULT_ROUTING_RULES_FILE,
): Promise<{ rules: RoutingRules; path: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RoutingRulesFileError(path, `cannot be read (${(error as Error).message})`);
  }
  return { rules: parseRoutingRules(path, text), path };
}

/** Once queues exist, every queue the rules name must be one of them. */
export function checkRulesAgainstQueues(
  path: string,
  rules: RoutingRules,
  queueIds: readonly string[],
): void {
  if (queueIds.length === 0) return;
  const missing = queuesNamed(rules).filter((id) => !queueIds.includes(id));
  if (missing.length > 0)
    throw new RoutingRulesFileError(path, `names queues that do not exist: ${missing.join(', ')}`);
}
