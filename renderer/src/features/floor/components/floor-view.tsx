import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { floorQuery, queueLoadQuery } from '../../../api/floor';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useFloorSubscription } from '../../../realtime/use-floor-subscription';
import { useConsole } from '../../../stores/console-store-context';
import { FloorBoard } from './floor-board';
import './floor.css';

/**
 * The lead's live floor: every operator, their state and figures, kept current by the floor's
 * live room. The floor is fetched once the room is joined (so no change falls between the two),
 * or at once when there is no live channel to wait for.
 */
export function FloorView() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const { joined } = useFloorSubscription();
  const offline = useConsole((s) => s.socketStatus === 'offline');
  const floor = useQuery({ ...floorQuery(api), enabled: joined || offline });
  const queues = useQuery(queueLoadQuery(api));

  return (
    <Panel title={t('floor.title')} className="floor-panel">
      {floor.data ? (
        <FloorBoard floor={floor.data} queues={queues.data ?? []} />
      ) : floor.isError ? (
        <p role="alert" className="alert alert--error">
          {t('floor.failed', { reason: errorText(floor.error) })}
        </p>
      ) : (
        <p className="empty-state" role="status">
          {t('floor.loading')}
        </p>
      )}
    </Panel>
  );
}
