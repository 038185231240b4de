import { useQuery } from '@tanstack/react-query';
import type { MyStatus } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { proceduresQuery } from '../../../api/reference';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { servesFirst, shortList } from '../queue-summary';

/** Turns procedure ids into their names in the console's language, once the procedures are loaded. */
export function useProcedureName(): (id: string) => string {
  const api = useApi();
  const locale = useConsole((s) => s.locale) as Locale;
  const procedures = useQuery(proceduresQuery(api)).data;
  return (id) => procedures?.find((p) => p.id === id)?.name[languageOf(locale)] ?? id;
}

/** The operator's queue and what it serves first ("Cola: Texas — atiende primero: DAL, HOU, …"). */
export function QueueChip({ status }: { status: MyStatus }) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const procedureName = useProcedureName();
  const { queue, reassignment } = status;
  const pendingMove = reassignment?.status === 'pending';
  if (!queue) {
    return <span className="queue-chip queue-chip--none">{t('operatorStatus.queue.none')}</span>;
  }
  const items = servesFirst(queue, procedureName);
  return (
    <span className="queue-chip" title={items.join(', ')}>
      <strong>{t('operatorStatus.queue.label', { queue: queue.name[languageOf(locale)] })}</strong>
      {items.length ? (
        <span className="queue-chip__serves">
          {' — '}
          <span aria-hidden="true">{t('operatorStatus.queue.servesFirst', { list: shortList(items) })}</span>
          <span className="visually-hidden">
            {t('operatorStatus.queue.servesFirst', { list: items.join(', ') })}
          </span>
        </span>
      ) : null}
      {pendingMove ? (
        <span className="queue-chip__pending"> · {t('operatorStatus.queue.pendingMove')}</span>
      ) : null}
    </span>
  );
}
