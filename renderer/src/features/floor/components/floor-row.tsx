import { memo, type Ref } from 'react';
import { useIntl } from 'react-intl';
import type { FloorOperator } from '../../../../../shared/api/floor/floor';
import { useT } from '../../../i18n/use-t';
import { formatElapsed } from '../../../lib/elapsed-time';
import { useFloorRowRenderCount } from '../floor-row-renders';
import { TimeInStateCell } from './time-in-state-cell';

type Props = {
  operator: FloorOperator;
  /** Position among all rows, header included (aria-rowindex). */
  rowIndex: number;
  selected: boolean;
  active: boolean;
  /** The row that takes the Tab stop when no row is active yet. */
  tabStop: boolean;
  queueName: string;
  /** The queue a reassignment moves the operator to, by name. */
  targetQueueName: string | null;
  rowRef?: Ref<HTMLTableRowElement>;
};

/**
 * One operator of the floor. Memoised on its props, the operator's row object among them: a live
 * change of one operator re-renders that row only, and the ticking time in state is its own leaf.
 */
export const FloorRow = memo(function FloorRow({
  operator: o,
  rowIndex,
  selected,
  active,
  tabStop,
  queueName,
  targetQueueName,
  rowRef,
}: Props) {
  const t = useT();
  const intl = useIntl();
  useFloorRowRenderCount(o.userId);
  const reassignment = o.reassignment;
  return (
    <tr
      ref={rowRef}
      role="row"
      id={`floor-row-${o.userId}`}
      data-user-id={o.userId}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      tabIndex={active || tabStop ? 0 : -1}
      className={`floor-row${selected ? ' floor-row--selected' : ''}${active ? ' floor-row--active' : ''}`}
    >
      <td role="gridcell" className="floor-cell floor-cell--name">
        <span className="floor-check" aria-hidden="true">
          {selected ? '☑' : '☐'}
        </span>
        <span className="floor-name">{o.displayName}</span>{' '}
        <span className="floor-username">{o.username}</span>
      </td>
      <td role="gridcell" className="floor-cell">
        <span className={`floor-state floor-state--${o.state}`}>
          <span className="floor-state__dot" aria-hidden="true" />
          {t(`floor.state.${o.state}`)}
        </span>
        {o.reason === 'lead' && (o.state === 'break' || o.state === 'offline') ? (
          <span className="floor-note"> {t('floor.state.byLead')}</span>
        ) : null}
        {o.pendingState ? (
          <span className="floor-note floor-note--pending"> · {t(`floor.pending.${o.pendingState}`)}</span>
        ) : null}
        {o.practiceConsoles > 0 ? (
          <span className="floor-note floor-note--practice"> · {t('floor.practice')}</span>
        ) : null}
      </td>
      <td role="gridcell" className="floor-cell floor-cell--number floor-cell--time">
        <TimeInStateCell since={o.since} />
      </td>
      <td role="gridcell" className="floor-cell">
        {queueName}
      </td>
      <td role="gridcell" className="floor-cell floor-cell--number">
        {intl.formatNumber(o.callsToday)}
      </td>
      <td role="gridcell" className="floor-cell floor-cell--number">
        {intl.formatNumber(o.bookingsToday)}
      </td>
      <td role="gridcell" className="floor-cell floor-cell--number">
        {o.avgHandleSeconds === null ? t('floor.noFigure') : formatElapsed(o.avgHandleSeconds)}
      </td>
      <td role="gridcell" className="floor-cell">
        {o.onShift ? t('floor.onShift.yes') : t('floor.onShift.no')}
      </td>
      <td
        role="gridcell"
        className={`floor-cell floor-reassignment${reassignment ? ` floor-reassignment--${reassignment.status}` : ''}`}
      >
        {reassignment
          ? t(`floor.reassignment.${reassignment.status}`, {
              queue: targetQueueName ?? reassignment.toQueueId,
            })
          : null}
      </td>
    </tr>
  );
});
