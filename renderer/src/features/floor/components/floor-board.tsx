import { useCallback, useId, useMemo, useReducer, useRef, useState } from 'react';
import type { Floor, ReassignWhen, SetOperatorStateBody } from '../../../../../shared/api/floor/floor';
import type { Queue } from '../../../../../shared/api/floor/queues';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import {
  filterOperators,
  nextSort,
  noFilter,
  sortOperators,
  type FloorFilter,
  type FloorSort,
  type SortColumn,
} from '../floor-rows';
import { emptySelection, selectedAmong, selectionReducer } from '../floor-selection';
import { useFloorActions } from '../hooks/use-floor-actions';
import { FloorFilters } from './floor-filters';
import { FloorTable } from './floor-table';
import { ReassignDialog } from './reassign-dialog';
import { SignOutOperators } from './sign-out-operators';

const stateActions: {
  state: SetOperatorStateBody['state'];
  label: 'floor.action.break' | 'floor.action.offline' | 'floor.action.available';
}[] = [
  { state: 'break', label: 'floor.action.break' },
  { state: 'offline', label: 'floor.action.offline' },
  { state: 'available', label: 'floor.action.available' },
];

/**
 * The floor of operators with what a lead does to it: filter, sort, select with the keyboard, and
 * act on the selection (reassign to a queue, break, offline, available). Takes the floor as data,
 * so it shows the same for a live floor and for a test's made-up one.
 */
export function FloorBoard({ floor, queues }: { floor: Floor; queues: readonly Queue[] }) {
  const t = useT();
  const locale = useConsole((s) => s.locale) as Locale;
  const [filter, setFilter] = useState<FloorFilter>(noFilter);
  const [sort, setSort] = useState<FloorSort>({ column: 'name', direction: 'ascending' });
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection);
  const [focusToken, setFocusToken] = useState(0);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const actions = useFloorActions();
  const keysId = useId();
  const countId = useId();

  const names = useMemo(
    () => new Map(queues.map((q) => [q.id, q.name[languageOf(locale)]])),
    [queues, locale],
  );
  const noQueue = t('floor.noQueue');
  const queueName = useCallback(
    (id: string | null) => (id === null ? noQueue : (names.get(id) ?? id)),
    [names, noQueue],
  );
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);

  const rows = useMemo(
    () => sortOperators(filterOperators(floor.operators, filter), sort, queueName, collator),
    [floor.operators, filter, sort, queueName, collator],
  );
  const ids = useMemo(() => rows.map((o) => o.userId), [rows]);
  const selectedIds = useMemo(() => selectedAmong(ids, selection.selected), [ids, selection.selected]);
  const hasSelection = selectedIds.length > 0;

  const openReassign = () => {
    if (!hasSelection || actions.busy) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialogError(null);
    setDialogOpen(true);
  };
  const closeReassign = () => {
    setDialogOpen(false);
    returnFocus.current?.focus();
  };
  const onReassign = (queueId: string, when: ReassignWhen) =>
    actions.reassign(selectedIds, queueId, when, names.get(queueId) ?? queueId, {
      onDone: closeReassign,
      onFailed: setDialogError,
    });
  useCommand({
    id: 'floor.reassign',
    label: 'floor.action.reassignCommand',
    shortcut: actionShortcuts.reassign,
    enabled: hasSelection && !actions.busy,
    run: openReassign,
  });

  return (
    <div className="floor-board">
      <FloorFilters filter={filter} queues={queues} onChange={setFilter} />
      <div className="floor-board__bar">
        <p id={countId} className="floor-board__count">
          {t('floor.count', {
            shown: rows.length,
            total: floor.operators.length,
            selected: selectedIds.length,
          })}
        </p>
        <div
          role="group"
          className="floor-actions"
          aria-label={t('floor.actions.label')}
          aria-describedby={countId}
        >
          <button
            type="button"
            className="button"
            onClick={openReassign}
            disabled={!hasSelection || actions.busy}
            aria-keyshortcuts={actionShortcuts.reassign}
          >
            {t('floor.action.reassign')} <Kbd shortcut={actionShortcuts.reassign} />
          </button>
          {stateActions.map((a) => (
            <button
              key={a.state}
              type="button"
              className="button button--secondary"
              disabled={!hasSelection || actions.busy}
              onClick={() => actions.setStates(selectedIds, a.state)}
            >
              {t(a.label)}
            </button>
          ))}
          <SignOutOperators operators={floor.operators} selectedIds={selectedIds} />
        </div>
      </div>
      <p
        className={`floor-board__outcome${actions.outcome?.kind === 'error' ? ' floor-board__outcome--error' : ''}`}
        role="status"
      >
        {actions.busy
          ? t('floor.action.sending')
          : (actions.outcome?.text ?? (hasSelection ? '' : t('floor.actions.none')))}
      </p>
      <p id={keysId} className="floor-board__keys">
        {t('floor.keys')}
      </p>
      {rows.length ? (
        <FloorTable
          rows={rows}
          ids={ids}
          selection={selection}
          dispatch={dispatch}
          sort={sort}
          onSort={(column: SortColumn) => setSort((s) => nextSort(s, column))}
          queueName={queueName}
          label={t('floor.tableLabel')}
          describedBy={keysId}
          focusToken={focusToken}
          onKeyboardMove={() => setFocusToken((n) => n + 1)}
        />
      ) : (
        <p className="empty-state">{t('floor.empty')}</p>
      )}
      {dialogOpen ? (
        <ReassignDialog
          count={selectedIds.length}
          queues={queues}
          initialQueueId={proposedQueue(floor, selectedIds, queues)}
          busy={actions.busy}
          error={dialogError}
          onConfirm={onReassign}
          onCancel={closeReassign}
        />
      ) : null}
    </div>
  );
}

/** The queue first proposed: the first one that the selected operators are not all on already. */
function proposedQueue(
  floor: Floor,
  selectedIds: readonly string[],
  queues: readonly Queue[],
): string | null {
  const selected = new Set(selectedIds);
  const current = new Set(floor.operators.filter((o) => selected.has(o.userId)).map((o) => o.queueId));
  return queues.find((q) => !(current.size === 1 && current.has(q.id)))?.id ?? null;
}
