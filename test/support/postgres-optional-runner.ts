/**
 * The integration-pg project's runner: the default one, except that when the global setup found
 * PostgreSQL unreachable (and not required), a test file is not even loaded: it stands as one
 * skipped test named after the reason. So no beforeAll tries to start a server on PostgreSQL, and
 * nothing is imported for nothing. (A setup file cannot do this: a file's own beforeAll still runs
 * after a setup file's hook decided to skip.)
 */
import { test, TestRunner } from 'vitest';

export default class PostgresOptionalRunner extends TestRunner {
  override importFile(filepath: string, source: Parameters<TestRunner['importFile']>[1]): unknown {
    const reason = this.injectValue('postgresSkipReason') as string | null;
    if (reason && source === 'collect') {
      test.skip(reason, () => undefined);
      return undefined;
    }
    return super.importFile(filepath, source);
  }
}
