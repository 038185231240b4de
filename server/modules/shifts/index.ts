/** The shifts module's public entry: weekly schedules and who is scheduled against who is logged in. */
export { createShiftService, type ShiftService } from './shift-service';
export { shiftRoutes } from './shift-routes';
