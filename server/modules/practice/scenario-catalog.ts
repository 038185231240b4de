import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioSummary } from '../../../shared/api/practice';
import { callerCurp } from '../../../shared/practice/caller-identity';
import { Scenario } from '../../../shared/practice/scenario';

/** The practice scenarios, loaded once at start and kept in memory. */
export interface ScenarioCatalog {
  list(): ScenarioSummary[];
  find(id: string): Scenario | undefined;
}

/** A scenario file that cannot be used: the server refuses to start and names the file. */
export class ScenarioFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Practice scenario ${path} cannot be used: ${problem}`);
    this.name = 'ScenarioFileError';
  }
}

const summaryOf = (s: Scenario): ScenarioSummary => ({
  id: s.id,
  version: s.version,
  title: s.title,
  brief: s.brief,
  language: s.language,
  timeTargetSeconds: s.timeTargetSeconds,
});

/** Parses one file's text with the Scenario schema; throws ScenarioFileError with the zod issues. */
export function parseScenarioFile(path: string, text: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioFileError(path, `not JSON (${(error as Error).message})`);
  }
  const parsed = Scenario.safeParse(json);
  if (!parsed.success)
    throw new ScenarioFileError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '),
    );
  // The caller's CURP is built from the file's facts when a run starts: it must be buildable now.
  try {
    callerCurp(parsed.data.caller);
  } catch (error) {
    throw new ScenarioFileError(path, `caller: ${(error as Error).message}`);
  }
  return parsed.data;
}

export function catalogOf(scenarios: readonly Scenario[]): ScenarioCatalog {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const summaries = [...byId.values()].map(summaryOf);
  return { list: () => summaries, find: (id) => byId.get(id) };
}

/**
 * Every `*.json` of the directory, in name order, each parsed with the Scenario schema. A file that
 * does not parse, or a second file with the same scenario id, stops the start with its path. A
 * missing directory is an empty catalog (a server without practice scenarios).
 */
export async function loadScenarioCatalog(dir: string): Promise<ScenarioCatalog> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return catalogOf([]);
    throw error;
  }
  const scenarios: Scenario[] = [];
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const scenario = parseScenarioFile(path, await readFile(path, 'utf8'));
    const earlier = fileOf.get(scenario.id);
    if (earlier)
      throw new ScenarioFileError(path, `scenario id "${scenario.id}" is already used by ${earlier}`);
    fileOf.set(scenario.id, path);
    scenarios.push(scenario);
  }
  return catalogOf(scenarios);
}
