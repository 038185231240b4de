import { localToday } from '../../../lib/age';
import { useFeeContext } from './use-fee-context';

/**
 * The consulate-local date eligibility is judged on before the hold: the chosen slot's date, else
 * today at the chosen consulate (the first day that could be booked), else today here.
 */
export function useEligibilityDate(): { date: string; isSlotDate: boolean } {
  const { date, isSlotDate } = useFeeContext();
  return { date: date ?? localToday(), isSlotDate };
}
