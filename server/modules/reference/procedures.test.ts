import { describe, expect, it } from 'vitest';
import { procedureById, procedures } from './procedures';

const EXPECTED_IDS = [
  'passport-first',
  'passport-renewal',
  'passport-minor',
  'matricula',
  'birth-registration-review',
  'birth-registration',
  'ine-credential',
  'power-of-attorney',
  'civil-registry-copy',
  'visa',
];

const text = (id: string, lang: 'es' | 'en') =>
  (procedureById(id)?.requirements ?? []).map((r) => r[lang]).join('\n');

describe('procedures', () => {
  it('has the stable ids, unique, in sort order', () => {
    expect(procedures.map((p) => p.id)).toEqual(EXPECTED_IDS);
    const orders = procedures.map((p) => p.sortOrder);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('gives every procedure a bilingual name, a duration and bilingual requirements', () => {
    for (const p of procedures) {
      expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(p.name.es.trim()).not.toBe('');
      expect(p.name.en.trim()).not.toBe('');
      expect(Number.isInteger(p.durationMinutes) && p.durationMinutes > 0).toBe(true);
      expect(p.requirements.length).toBeGreaterThan(0);
      for (const r of p.requirements) {
        expect(r.es.trim(), p.id).not.toBe('');
        expect(r.en.trim(), p.id).not.toBe('');
        expect(r.es, p.id).not.toBe(r.en);
      }
    }
  });

  it('makes the birth registration depend on the document review, and nothing else depend on anything', () => {
    expect(procedureById('birth-registration')?.requiresProcedureId).toBe('birth-registration-review');
    for (const p of procedures.filter((p) => p.id !== 'birth-registration'))
      expect(p.requiresProcedureId).toBeNull();
  });

  it("spells out the minor's passport rules that send families home, each line with an SRE source", () => {
    const lines = procedureById('passport-minor')?.requirements ?? [];
    const line = (pattern: RegExp) => lines.find((r) => pattern.test(r.es));
    // The child attends in person.
    expect(line(/menor de edad debe acudir a la cita en persona/)?.en).toMatch(
      /child must attend the appointment in person/,
    );
    // The child's ID: school papers for school-age children, a doctor's certificate under 7.
    expect(line(/credencial de estudiante/)?.es).toMatch(
      /certificado escolar.*transcript.*constancia de estudios/s,
    );
    expect(line(/Menores de 7 años/)?.es).toMatch(
      /constancia con fotografía y sello de una institución médica o del médico particular/,
    );
    // Both parents with ID whose names match the birth certificate, and both sign OP-7.
    expect(line(/Ambos padres .* identificación/)?.es).toMatch(/coincidir exactamente/);
    expect(line(/formato OP-7/)?.es).toMatch(/ambos padres/);
    // The absent parent: where the OP-7 is signed (a consulate or an SRE passport office, not a notary) and for how long.
    const absent = line(/no puede acudir/);
    expect(absent?.es).toMatch(/consulado de México más cercano.*oficina de pasaportes de la SRE/);
    expect(absent?.es).toContain('90 días naturales');
    expect(absent?.en).toMatch(/nearest SRE passport office.*90 calendar days/);
    expect(text('passport-minor', 'es')).not.toMatch(/notari/);
    // Validity by age.
    expect(line(/vigencia: 1 o 3 años para menores de 3 años; 3 o 6 años de los 3 a los 17/)).toBeDefined();
    for (const r of lines)
      expect(r.source, r.en).toMatch(
        /^https:\/\/(consulmex\.sre\.gob\.mx|www\.gob\.mx\/sre|elsiglocoahuila\.mx)\//,
      );
  });

  it('cites a source on every requirement line', () => {
    for (const p of procedures)
      for (const r of p.requirements) expect(r.source.trim(), `${p.id}: ${r.en}`).not.toBe('');
  });

  it('mentions the reference notes on renewal, reduced fees, INE and birth registration', () => {
    expect(text('passport-renewal', 'en')).toContain('January 1, 2006');
    expect(text('passport-renewal', 'es')).toContain('1 de enero de 2006');
    for (const id of ['passport-first', 'passport-renewal', 'passport-minor']) {
      expect(text(id, 'es')).toContain('50 %');
      expect(text(id, 'en')).toContain('50%');
    }
    expect(text('ine-credential', 'en')).toMatch(/3 to 5 weeks.*confirmed/);
    expect(text('birth-registration', 'es')).toMatch(/Dos testigos/);
    expect(text('birth-registration', 'en')).toMatch(/apostilled/);
    expect(text('birth-registration-review', 'es')).toMatch(/solo puede agendarse después/);
  });

  it('writes Spanish with its accents', () => {
    const spanish = procedures.flatMap((p) => [p.name.es, ...p.requirements.map((r) => r.es)]).join(' ');
    for (const word of ['Matrícula', 'identificación', 'fotografía', 'años', 'días', 'Trámite', 'revisión']) {
      expect(spanish.toLowerCase()).toContain(word.toLowerCase());
    }
  });
});
