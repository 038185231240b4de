/**
 * What callers call the consulates' cities and states: the Spanish names Mexicans use ("Nueva
 * York", "Filadelfia", "Tejas", "Carolina del Norte") and the English ones, for the consulate search.
 * Keyed by consulate code and by state or province code; written as people write them (accents
 * and case are folded when matched). The API's own city and region are always matched too.
 */

/** Other names of a consulate's city, by consulate code. */
export const CITY_NAMES: Readonly<Record<string, readonly string[]>> = {
  NYC: ['Nueva York'],
  PHL: ['Filadelfia'],
  MSY: ['Nueva Orleans', 'Nueva Orleáns'],
  SJC: ['San José'],
  LAX: ['Los Ángeles'],
  STP: ['San Pablo', 'St. Paul', 'Saint Paul'],
  WAS: ['Washington D.C.', 'Wáshington'],
  NBR: ['Nuevo Brunswick'],
  MKC: ['Ciudad de Kansas'],
  OKC: ['Ciudad de Oklahoma'],
  SLC: ['Ciudad del Lago Salado'],
  DRT: ['Del Río'],
  IND: ['Indianápolis'],
  YUL: ['Montréal'],
  MIA: ['Miami'],
  ELP: ['El Paso'],
};

/** A state's or province's names, by its code: English first, then Spanish where it differs. */
export const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  AB: ['Alberta'],
  AR: ['Arkansas'],
  AZ: ['Arizona'],
  BC: ['British Columbia', 'Columbia Británica'],
  CA: ['California'],
  CO: ['Colorado'],
  DC: ['District of Columbia', 'Distrito de Columbia'],
  FL: ['Florida'],
  GA: ['Georgia'],
  ID: ['Idaho'],
  IL: ['Illinois'],
  IN: ['Indiana'],
  LA: ['Louisiana', 'Luisiana'],
  MA: ['Massachusetts'],
  MI: ['Michigan', 'Míchigan'],
  MN: ['Minnesota'],
  MO: ['Missouri', 'Misuri'],
  NC: ['North Carolina', 'Carolina del Norte'],
  NE: ['Nebraska'],
  NJ: ['New Jersey', 'Nueva Jersey'],
  NM: ['New Mexico', 'Nuevo México'],
  NV: ['Nevada'],
  NY: ['New York', 'Nueva York'],
  OK: ['Oklahoma'],
  ON: ['Ontario'],
  OR: ['Oregon', 'Oregón'],
  PA: ['Pennsylvania', 'Pensilvania'],
  QC: ['Quebec', 'Québec'],
  TX: ['Texas', 'Tejas'],
  UT: ['Utah'],
  WA: ['Washington'],
  WI: ['Wisconsin'],
};
