import type { Kysely } from 'kysely';
import type {
  CallEndedPayload,
  CallOfferedPayload,
  OfferWithdrawnPayload,
} from '../../../shared/api/routing';
import type { RoutingRules } from '../../../shared/domain/routing/routing-rules';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { OperatorTransitions } from '../floor';
import type { CarrierRegistry } from './carrier-registry';
import type { ErrorContext } from '../../platform/logging/log-port';

/** What the routing tells the consoles after a commit (socket.io in the server). */
export interface RoutingEvents {
  offered(operatorId: string, payload: CallOfferedPayload): void;
  withdrawn(operatorId: string, payload: OfferWithdrawnPayload): void;
  ended(operatorId: string, payload: CallEndedPayload): void;
}

export interface RoutingDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  rules: RoutingRules;
  offerTimeoutSeconds: number;
  /** The floor's operator states, moved inside the routing's transactions. */
  operators: OperatorTransitions;
  carriers: CarrierRegistry;
  events: RoutingEvents;
  /** A queue's calls changed (arrived, offered, answered, abandoned, ended): its figures may have. */
  queueActivity(queueId: string): void;
  /** Failures nobody waits for (a carrier, a dispatch round): logged. */
  onError(error: unknown, what: string, context?: ErrorContext): void;
}
