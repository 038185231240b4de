import type { Actor } from '../../kernel/actor';
import { erasePerson } from './erase-person';
import { exportPerson } from './export-person';
import type { PersonalDataDeps } from './personal-data-deps';
import { runRetention } from './retention-job';

/** Personal data: one person's export and erasure, and the retention job, bound to their dependencies. */
export function createPersonalDataService(deps: PersonalDataDeps) {
  return {
    exportPerson: (actor: Actor, applicantId: string) => exportPerson(deps, actor, applicantId),
    erasePerson: (actor: Actor, applicantId: string, reason: string) =>
      erasePerson(deps, actor, applicantId, reason),
    runRetention: () => runRetention(deps),
  };
}

export type PersonalDataService = ReturnType<typeof createPersonalDataService>;
