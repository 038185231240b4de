/** English names of ISO weekdays, for the server's messages (the console names them from its catalog). */
export const isoWeekdayNames = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const weekdayName = (isoWeekday: number) => isoWeekdayNames[isoWeekday - 1] ?? `day ${isoWeekday}`;
