import type { RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { ConsulateCombobox } from '../../../components/consulate-combobox';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  /** The consulate of the caller's latest appointment: offered first when nothing is typed. */
  suggestedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
};

/** The operator's consulate search: compact (the panel's heading names it), the caller's last consulate tagged. */
export function ConsulateSearch({ consulates, selectedId, suggestedId, inputRef, onPick }: Props) {
  const t = useT();
  // Alt+3 or the previous step done: the chosen consulate's text is selected, so typing replaces it.
  const selectRequest = useConsole((s) => (s.focusRequest?.panel === 'consulate' ? s.focusRequest : null));
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
      onPick={onPick}
      selectRequest={selectRequest}
    />
  );
}
