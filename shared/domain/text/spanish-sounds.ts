/**
 * How a folded name word sounds in Mexican Spanish, for search: two spellings a caller cannot tell
 * apart on the phone get the same key ("GONZALES" and "GONZALEZ", "BALDEZ" and "VALDES",
 * "YESCAS" and "LLESCAS", "HERNANDEZ" and "ERNANDES", "JIMENEZ" and "GIMENEZ", "GUERRERO" and
 * "GUERERO"), while words that sound different keep different keys ("RAMON" and "ROMAN").
 *
 * The rules, in order, on folded uppercase text (see `foldForSearch`):
 * - QU before E/I, C before A/O/U or a consonant, and K are one sound (K); C before E/I, Z and S
 *   another (S) — seseo, as Mexico speaks;
 * - GU before E/I is a hard G (G); G before E/I and J are one sound (J);
 * - V and B are one sound (B); LL and Y before a vowel are one sound (Y);
 * - H is silent (except in CH, which stays its own sound);
 * - a letter written twice is heard once (RR, LL left over, SS, NN, CC…).
 * X keeps its own letter: in names it is heard as J (Mexía), S (Xochimilco) or KS (Texcoco).
 */

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);
const FRONT = new Set(['E', 'I']);

/** The sound key of one folded (uppercase, no diacritics) name word; '' for ''. */
export function soundKey(word: string): string {
  const out: string[] = [];
  const at = (i: number) => word.charAt(i);
  for (let i = 0; i < word.length; i++) {
    const c = at(i);
    const next = at(i + 1);
    switch (c) {
      case 'C':
        if (next === 'H') {
          out.push('CH');
          i++;
        } else out.push(FRONT.has(next) ? 'S' : 'K');
        break;
      case 'Q':
        out.push('K');
        if (next === 'U' && FRONT.has(at(i + 2))) i++;
        break;
      case 'K':
        out.push('K');
        break;
      case 'Z':
      case 'S':
        out.push('S');
        break;
      case 'G':
        if (next === 'U' && FRONT.has(at(i + 2))) {
          out.push('G');
          i++;
        } else out.push(FRONT.has(next) ? 'J' : 'G');
        break;
      case 'J':
        out.push('J');
        break;
      case 'V':
      case 'B':
        out.push('B');
        break;
      case 'L':
        if (next === 'L') {
          out.push('Y');
          i++;
        } else out.push('L');
        break;
      case 'Y':
        out.push(VOWELS.has(next) ? 'Y' : 'I');
        break;
      case 'H':
        break;
      default:
        out.push(c);
    }
  }
  // A sound written twice is heard once ("GUERRERO", "CARRILLO" → one R, one Y; "ACCION" → KS stays).
  const key: string[] = [];
  for (const sound of out) if (key[key.length - 1] !== sound) key.push(sound);
  return key.join('');
}
