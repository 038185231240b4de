import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { myStatusQuery } from '../../../api/me-status';
import { useConsole } from '../../../stores/console-store-context';

/** The signed-in user's state and queue, as the server holds them (kept current by the socket). */
export function useMyStatus() {
  const api = useApi();
  const signedIn = useConsole((s) => s.user !== null);
  return useQuery({ ...myStatusQuery(api), enabled: signedIn });
}
