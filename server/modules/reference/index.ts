/**
 * The reference module's public entry: consulates, procedures and fees (data in this folder, written
 * over the database at every start), and the office calendar.
 */
export { createReferenceService, type ReferenceService } from './reference-service';
export { referenceRoutes } from './reference-routes';
export { syncReferenceData } from './reference-sync';
export { findConsulate, listCalendarConsulates } from './consulate-repository';
export { findProcedure } from './procedure-repository';
export { listProcedureRules } from './procedure-rules-repository';
export { officeHolidaysOf, type CalendarConsulate } from './calendar/office-holidays';
export { consulates, consulateById, type ConsulateRecord, type ConsulateSize } from './consulates';
export { consulateAddresses } from './consulate-addresses';
export { weeklyHoursFor } from './office-hours';
export { procedureById } from './procedures';
