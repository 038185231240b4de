import type { RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { ConsulateCombobox } from '../../../components/consulate-combobox';
import { useT } from '../../../i18n/use-t';

type Props = {
  consulates: readonly Consulate[];
  selectedId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
};

/** The lead's choice of a consulate, with its label and hint in sight. */
export function ConsulatePicker({ consulates, selectedId, inputRef, onPick }: Props) {
  const t = useT();
  return (
    <ConsulateCombobox
      className="capacity-view__consulate"
      label={t('capacity.consulate.label')}
      hint={t('capacity.consulate.hint')}
      consulates={consulates}
      selectedId={selectedId}
      inputRef={inputRef}
      onPick={onPick}
    />
  );
}
