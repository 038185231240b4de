/**
 * The personal-data module's public entry: an administrator's export and erasure of one person, and
 * the retention job that anonymises applicants inactive for RETENTION_YEARS (docs/PERSONAL-DATA.md).
 */
export type { PersonalDataDeps } from './personal-data-deps';
export { createPersonalDataService, type PersonalDataService } from './personal-data-service';
export { personalDataRoutes } from './personal-data-routes';
export { startRetentionSchedule, type RetentionSchedule } from './retention-schedule';
