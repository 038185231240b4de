/**
 * RENAPO's catalogue of inconvenient words ("palabras altisonantes"): when the first four letters
 * of a CURP would spell one of them, RENAPO writes an X as the second letter instead
 * (BACA → BXCA). So no CURP begins with one of these words.
 *
 * Source: Secretaría de Gobernación, "Instructivo Normativo para la Asignación de la Clave Única
 * de Registro de Población", Anexo 2 "Catálogo de palabras inconvenientes"
 * (https://www.ordenjuridico.gob.mx/Federal/PE/APF/APC/SEGOB/Instructivos/InstructivoNormativo.pdf,
 * p. 59). The same 81 words are checked by python-stdnum's `stdnum/mx/curp.py` (`_name_blacklist`).
 */
export const INCONVENIENT_WORDS: ReadonlySet<string> = new Set([
  'BACA', 'BAKA', 'BUEI', 'BUEY', 'CACA', 'CACO', 'CAGA', 'CAGO', 'CAKA', 'CAKO', 'COGE', 'COGI', 'COJA', 'COJE',
  'COJI', 'COJO', 'COLA', 'CULO', 'FALO', 'FETO', 'GETA', 'GUEI', 'GUEY', 'JETA', 'JOTO', 'KACA', 'KACO', 'KAGA',
  'KAGO', 'KAKA', 'KAKO', 'KOGE', 'KOGI', 'KOJA', 'KOJE', 'KOJI', 'KOJO', 'KOLA', 'KULO', 'LILO', 'LOCA', 'LOCO',
  'LOKA', 'LOKO', 'MAME', 'MAMO', 'MEAR', 'MEAS', 'MEON', 'MIAR', 'MION', 'MOCO', 'MOKO', 'MULA', 'MULO', 'NACA',
  'NACO', 'PEDA', 'PEDO', 'PENE', 'PIPI', 'PITO', 'POPO', 'PUTA', 'PUTO', 'QULO', 'RATA', 'ROBA', 'ROBE', 'ROBO',
  'RUIN', 'SENO', 'TETA', 'VACA', 'VAGA', 'VAGO', 'VAKA', 'VUEI', 'VUEY', 'WUEI', 'WUEY',
]);

/** The four letters as RENAPO writes them: an inconvenient word gets an X as its second letter. */
export const withoutInconvenientWord = (letters: string): string =>
  INCONVENIENT_WORDS.has(letters) ? `${letters.charAt(0)}X${letters.slice(2)}` : letters;
