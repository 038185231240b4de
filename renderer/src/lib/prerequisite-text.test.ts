import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogs, type MessageId } from '../i18n/catalog';
import type { MessageValues } from '../i18n/use-t';
import { prerequisiteText } from './prerequisite-text';

const intl = createIntl({ locale: 'es-MX', messages: catalogs['es-MX'] });
const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
const review = {
  appointmentId: 'apt_review',
  confirmationCode: 'K7M2QXR',
  consulateId: 'PHX',
  date: '2027-03-03',
  procedureId: 'birth-registration-review',
};

describe('a birth registration refused for its review, in the operator’s words', () => {
  it('too soon after the review: says the review’s date and the first date allowed', () => {
    expect(
      prerequisiteText(t, 'es-MX', { prerequisite: review, firstAllowedDate: '2027-03-10', gapDays: 7 }),
    ).toBe(
      'La cita previa requerida (K7M2QXR) es el miércoles, 3 de marzo de 2027 en este consulado: esta cita puede agendarse a partir del miércoles, 10 de marzo de 2027 (al menos 7 días después).',
    );
  });

  it('at another consulate, and a move that would strand the registration', () => {
    expect(prerequisiteText(t, 'es-MX', { prerequisite: review, firstAllowedDate: null, gapDays: 7 })).toBe(
      'La cita previa requerida (K7M2QXR, miércoles, 3 de marzo de 2027) es en el consulado PHX: esta cita debe ser en el mismo consulado.',
    );
    expect(
      prerequisiteText(t, 'es-MX', {
        dependents: [
          {
            appointmentId: 'apt_reg',
            confirmationCode: 'B4TQ9ZD',
            procedureId: 'birth-registration',
            consulateId: 'PHX',
            date: '2027-03-12',
          },
        ],
      }),
    ).toBe(
      'Ese cambio dejaría sin su cita previa a la cita B4TQ9ZD (viernes, 12 de marzo de 2027): muévala o cancélela primero.',
    );
  });

  it('leaves a refusal without a review to the catalog’s text', () => {
    expect(
      prerequisiteText(t, 'es-MX', { prerequisite: null, firstAllowedDate: null, gapDays: 7 }),
    ).toBeNull();
  });
});
