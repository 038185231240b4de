/**
 * The one rule for tests that need PostgreSQL or Redis: where the service answers they run; where it
 * does not they are skipped, the reason (which service, at which URL) in the suite's name, and the
 * run's log has one line for it (services-global-setup.ts); under REQUIRE_POSTGRES=1 /
 * REQUIRE_REDIS=1 (CI) they fail instead, with that reason.
 *
 *   needs('postgres', 'redis').describe('two instances on one schema', () => { … });
 *   needs('redis').it('ready while the adapter is connected', async () => { … });
 *
 * The probes ran once for the project before collection, so this decides synchronously, while a
 * file is collected (describe callbacks cannot await).
 */
import { describe, inject, it } from 'vitest';
import { isRequired, requiredError, SERVICES, type Service, type Unreachable } from './services';

export interface Needs {
  /** What does not answer (the first of them), or null when everything needed does. */
  readonly missing: Unreachable | null;
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => unknown, timeout?: number): void;
}

function unreachable(service: Service): Unreachable | null {
  const found = inject('unreachableServices');
  if (!found)
    throw new Error(
      'needs(): this vitest project lacks test/support/services/services-global-setup.ts in its globalSetup',
    );
  return found[service];
}

/** Tests that need these services, as probed at the start of the run. */
export function needs(...services: Service[]): Needs {
  return gate(services.map(unreachable).find((missing) => missing !== null) ?? null);
}

/**
 * Tests that need something the test finds out itself, ruled by a service's variable: the PostgreSQL
 * programs for a private server (`reason` says what is missing, null when nothing is).
 */
export function needsOwn(service: Service, reason: string | null): Needs {
  return gate(reason === null ? null : { service, reason });
}

function gate(missing: Unreachable | null): Needs {
  if (!missing)
    return {
      missing,
      describe: (name, fn) => describe(name, fn),
      it: (name, fn, timeout) => it(name, fn, timeout),
    };
  if (isRequired(missing.service)) {
    const fail = () => {
      throw requiredError(missing);
    };
    const label = `needs ${SERVICES[missing.service].label} (${SERVICES[missing.service].requiredBy}=1)`;
    return {
      missing,
      describe: (name) => describe(name, () => it(label, fail)),
      it: (name) => it(`${name} (${label})`, fail),
    };
  }
  const skipped = (name: string) => `${name} (${missing.reason}: skipped)`;
  return {
    missing,
    describe: (name, fn) => describe.skip(skipped(name), fn),
    it: (name, fn, timeout) => it.skip(skipped(name), fn, timeout),
  };
}
