import { useQuery } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { readPostalCode } from '../../../../../shared/api/reference/nearest';
import { useApi } from '../../../api/api-client-context';
import { nearestConsulatesQuery } from '../../../api/nearest-consulates';
import { ConsulateCombobox } from '../../../components/consulate-combobox';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { nearestOptions } from '../nearest-options';

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  /** The consulate of the caller's latest appointment: offered first when nothing is typed. */
  suggestedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
};

/**
 * The operator's consulate search: compact (the panel's heading names it), the caller's last
 * consulate tagged. A US ZIP code or a Canadian postal code lists the nearest consulates instead,
 * each with its distance and first seat for the chosen service; picking one also shows that day in
 * the slot grid.
 */
export function ConsulateSearch({ consulates, selectedId, suggestedId, inputRef, onPick }: Props) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const procedureId = useConsole((s) => s.procedureId);
  const jumpToSlotsDate = useConsole((s) => s.jumpToSlotsDate);
  // Alt+3 or the previous step done: the chosen consulate's text is selected, so typing replaces it.
  const selectRequest = useConsole((s) => (s.focusRequest?.panel === 'consulate' ? s.focusRequest : null));
  const [typed, setTyped] = useState<string | null>(null);
  const postal = typed ? readPostalCode(typed) : null;
  const nearest = useQuery({
    ...nearestConsulatesQuery(api, postal ?? { country: 'US', code: '' }, procedureId ?? ''),
    enabled: postal !== null && procedureId !== null,
  });

  const unknownCode =
    isApiError(nearest.error) && nearest.error.code === 'invalid_request' && nearest.error.status === 400;
  const ranked = postal
    ? nearestOptions({
        typed: typed ?? '',
        procedureChosen: procedureId !== null,
        items: nearest.data,
        failure: nearest.isError ? (unknownCode ? 'unknown' : errorText(nearest.error)) : null,
        consulates,
        locale,
        t,
      })
    : null;

  const pick = (id: string) => {
    const first = ranked ? nearest.data?.find((item) => item.consulateId === id)?.firstAvailable : null;
    onPick(id);
    // The grid opens on the day of that first seat.
    if (first) jumpToSlotsDate(first.localStart.slice(0, 10));
  };

  return (
    <ConsulateCombobox
      className="consulate-panel__combobox"
      compact
      label={t('consulate.search.label')}
      hint={t('consulate.search.hint')}
      consulates={consulates}
      selectedId={selectedId}
      suggestion={suggestedId ? { id: suggestedId, tag: t('consulate.option.lastAppointment') } : null}
      inputRef={inputRef}
      onPick={pick}
      selectRequest={selectRequest}
      onTypedChange={setTyped}
      ranked={ranked}
    />
  );
}
