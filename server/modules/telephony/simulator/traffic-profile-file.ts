import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TrafficProfile } from '../../../../shared/domain/traffic/traffic-profile';

/** The traffic model's data shipped with the server: MiConsulado's day (35,000 calls a weekday). */
export const DEFAULT_TRAFFIC_PROFILE_FILE = fileURLToPath(new URL('./traffic-profile.json', import.meta.url));

/** A traffic profile file that cannot be used: the simulator does not start, naming the file. */
export class TrafficProfileFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Traffic profile ${path} cannot be used: ${problem}`);
    this.name = 'TrafficProfileFileError';
  }
}

export function parseTrafficProfile(path: string, text: string): TrafficProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TrafficProfileFileError(path, `not JSON (${(error as Error).message})`);
  }
  const parsed = TrafficProfile.safeParse(json);
  if (!parsed.success)
    throw new TrafficProfileFileError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

/** Reads and checks a traffic profile (the shipped one by default). */
export function loadTrafficProfile(path: string = DEFAULT_TRAFFIC_PROFILE_FILE): TrafficProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TrafficProfileFileError(path, (error as Error).message);
  }
  return parseTrafficProfile(path, text);
}
