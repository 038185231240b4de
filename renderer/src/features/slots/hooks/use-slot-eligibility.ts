import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Slot } from '../../../../../shared/api/slots';
import { ineligibilityOn } from '../../../../../shared/domain/booking/eligibility';
import { useApi } from '../../../api/api-client-context';
import { proceduresQuery } from '../../../api/reference';
import { localToday } from '../../../lib/age';
import { nameIneligibility, useIneligibilityText } from '../../../lib/eligibility-text';
import { useConsole } from '../../../stores/console-store-context';
import { localDateOf } from '../grid-model';

/**
 * Whether the caller may have the chosen service on a slot's date (their age that day, no CURP),
 * worded for the operator, or null when they may: the rule the server checks at the hold, asked
 * before it so the operator hears why a time cannot be held.
 */
export function useSlotEligibility(): (slot: Pick<Slot, 'localStart'> | null) => string | null {
  const api = useApi();
  const applicant = useConsole((s) => s.applicant);
  const procedureId = useConsole((s) => s.procedureId);
  const procedures = useQuery(proceduresQuery(api)).data;
  const say = useIneligibilityText();
  return useCallback(
    (slot) => {
      const procedure = procedures?.find((p) => p.id === procedureId);
      if (!slot || !applicant || !procedure || !procedures) return null;
      const person = {
        birthDate: applicant.birthDate,
        curp: applicant.curp,
        noCurpReason: applicant.noCurpReason,
      };
      const refusal = ineligibilityOn(person, procedure, localDateOf(slot), procedures);
      return refusal ? say(nameIneligibility(refusal, procedures), localToday()) : null;
    },
    [applicant, procedureId, procedures, say],
  );
}
