import type { Transaction } from 'kysely';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import type { Scenario } from '../../../shared/practice/scenario';
import type { Actor } from '../../kernel/actor';
import { newId } from '../../kernel/ids';
import type { Database } from '../../platform/db/schema';
import {
  hangUpWaitingPracticeCallers,
  insertPracticeCaller,
  PRACTICE_PROVIDER,
  practiceQueueOf,
} from './practice-call-repository';

/**
 * The scenario's caller rings like a real one: a routed call in the practice sandbox, from the
 * caller's number, in their language, meant for this trainee only (`target_operator_id`: the routing
 * offers it to nobody else, and live queues never see it). Accepting it pops the scripted caller.
 * None when the scenario's caller has no number or there is no queue to file it under.
 */
export async function placePracticeCaller(
  trx: Transaction<Database>,
  actor: Actor,
  runId: string,
  scenario: Scenario,
  now: Date,
): Promise<string | null> {
  const at = now.toISOString();
  await hangUpWaitingPracticeCallers(trx, actor.sandbox, at);
  const from = scenario.caller.phone ? normalizePhone(scenario.caller.phone) : null;
  const queueId = await practiceQueueOf(trx, actor.userId);
  if (from === null || queueId === null) return null;
  const id = newId('cal');
  await insertPracticeCaller(trx, {
    id,
    sandbox: actor.sandbox,
    provider: PRACTICE_PROVIDER,
    provider_call_id: runId,
    direction: 'inbound',
    from_number: from,
    to_number: null,
    language: scenario.language === 'en' ? 'en' : 'es',
    queue_id: queueId,
    status: 'waiting',
    arrived_at: at,
    overflow_at: null,
    overflow_queue_id: null,
    target_operator_id: actor.userId,
    applicant_id: null,
    appointment_id: null,
    operator_id: null,
    answered_at: null,
    ended_at: null,
    ended_by: null,
  });
  return id;
}
