/**
 * The integration-pg project's runner: the default one, except that where PostgreSQL did not answer
 * (services-global-setup.ts), a test file is not even loaded: it stands as one test named after the
 * reason, skipped, or failed under REQUIRE_POSTGRES=1. So no beforeAll tries to start a server on
 * PostgreSQL, and nothing is imported for nothing. (A setup file cannot do this: a file's own
 * beforeAll still runs after a setup file's hook decided to skip.)
 */
import { test, TestRunner } from 'vitest';
import { isRequired, requiredError, type Service, type Unreachable } from './services';

export default class NeedsPostgresRunner extends TestRunner {
  override importFile(filepath: string, source: Parameters<TestRunner['importFile']>[1]): unknown {
    const missing = (this.injectValue('unreachableServices') as Record<Service, Unreachable | null>).postgres;
    if (missing && source === 'collect') {
      if (isRequired('postgres')) {
        test('needs PostgreSQL (REQUIRE_POSTGRES=1)', () => {
          throw requiredError(missing);
        });
      } else test.skip(`${missing.reason}: skipped`, () => undefined);
      return undefined;
    }
    return super.importFile(filepath, source);
  }
}
