import { formatElapsed, secondsSince } from '../../../lib/elapsed-time';
import { useSecondClock } from '../../../lib/use-second-clock';

/** The one part of a row that changes every second: how long the operator has been in the state. */
export function TimeInStateCell({ since }: { since: string }) {
  const now = useSecondClock();
  return <>{formatElapsed(secondsSince(since, now))}</>;
}
