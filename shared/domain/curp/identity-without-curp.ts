import { foldForSearch } from '../text/normalize';

/**
 * Who a person without a CURP is, for telling them apart as the CURP does for everyone else: their
 * names folded as search folds them (case, accents and ñ do not count: "Núñez" is "NUNEZ") and
 * their birth date. Each part keeps its place, so "Ana | Pérez | Pérez" is not "Ana | Pérez | –".
 * Two children of one parent differ in a given name or a birth date; twins with one name do not
 * exist on a birth certificate.
 */
export function identityKeyOf(person: {
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
}): string {
  return [
    foldForSearch(person.givenNames),
    foldForSearch(person.firstSurname),
    foldForSearch(person.secondSurname ?? ''),
    person.birthDate,
  ].join('|');
}
