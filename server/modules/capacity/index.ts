/** The capacity module's public entry: a day's seats, releases of slots, closing and reopening days, the office calendar's closures. */
export { createCapacityService, type CapacityService } from './capacity-service';
export { capacityRoutes } from './capacity-routes';
export { holidayRowsFor, insertHolidays } from './holiday-closures';
