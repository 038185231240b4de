/**
 * Real North American area codes around each consulate's city, keyed by consulate id, used to give
 * synthetic applicants plausible local phone numbers. The first code of each list is the city's
 * historic one; overlays and nearby suburbs follow. (Only the area code is real: the subscriber
 * numbers the seed makes are random.)
 */
export const areaCodesByConsulate: Readonly<Record<string, readonly string[]>> = Object.freeze({
  ATL: ['404', '470', '678', '770'],
  BOS: ['617', '857', '781', '508'],
  MIA: ['305', '786', '954'],
  ORL: ['407', '321', '689'],
  NBR: ['732', '848', '908'],
  NYC: ['212', '646', '718', '347', '917', '929'],
  PHL: ['215', '267', '445', '610'],
  RAL: ['919', '984'],
  WAS: ['202', '571', '703', '301', '240'],
  DET: ['313', '248', '734', '586'],
  IND: ['317', '463'],
  AUS: ['512', '737'],
  BRO: ['956'],
  DAL: ['214', '469', '972', '945'],
  DRT: ['830'],
  EGP: ['830'],
  HOU: ['713', '281', '832', '346'],
  LRD: ['956'],
  MFE: ['956'],
  PRS: ['432'],
  SAT: ['210', '726'],
  CHI: ['312', '773', '872', '708'],
  MKC: ['816', '913', '975'],
  LIT: ['501'],
  MKE: ['414', '262'],
  MSY: ['504'],
  OKC: ['405', '572'],
  OMA: ['402', '531'],
  STP: ['651', '612'],
  ABQ: ['505'],
  // 983 (Denver's newest overlay) is left out: libphonenumber's metadata does not list it yet, so the API would refuse it.
  DEN: ['303', '720'],
  SLC: ['801', '385'],
  ELP: ['915'],
  BOI: ['208', '986'],
  DGL: ['520'],
  NOG: ['520'],
  PHX: ['602', '480', '623'],
  TUS: ['520'],
  YUM: ['928'],
  CXL: ['760', '442'],
  FAT: ['559'],
  LAX: ['213', '323', '310', '818', '562'],
  OXR: ['805', '820'],
  SAC: ['916', '279'],
  SBD: ['909', '951', '840'],
  SAN: ['619', '858'],
  SFO: ['415', '628', '510'],
  SJC: ['408', '669'],
  SNA: ['714', '657', '949'],
  LAS: ['702', '725'],
  PDX: ['503', '971'],
  SEA: ['206', '253', '425'],
  YYZ: ['416', '647', '437', '905'],
  LEA: ['519', '226', '548'],
  YUL: ['514', '438', '450'],
  YYC: ['403', '587', '825'],
  YVR: ['604', '778', '236'],
});

/** Area codes for a consulate (throws for an unknown id, so a missing entry is caught early). */
export function areaCodesFor(consulateId: string): readonly string[] {
  const codes = areaCodesByConsulate[consulateId];
  if (codes === undefined || codes.length === 0)
    throw new RangeError(`no area codes for consulate ${consulateId}`);
  return codes;
}
