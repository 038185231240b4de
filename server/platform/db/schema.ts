import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Tables as the query builder sees them. Instants are ISO-8601 UTC strings with milliseconds
 * (they sort as text on both dialects); consulate-local dates and wall times are kept beside them.
 */
export interface Database {
  consulates: ConsulatesTable;
  office_sessions: OfficeSessionsTable;
  closed_days: ClosedDaysTable;
  procedures: ProceduresTable;
  fee_schedule: FeeScheduleTable;
  slots: SlotsTable;
  practice_seats: PracticeSeatsTable;
  applicants: ApplicantsTable;
  applicant_name_tokens: ApplicantNameTokensTable;
  applicant_name_token_pairs: ApplicantNameTokenPairsTable;
  name_vocabulary: NameVocabularyTable;
  users: UsersTable;
  sessions: SessionsTable;
  locked_accounts: LockedAccountsTable;
  reservations: ReservationsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  calls: CallsTable;
  routed_calls: RoutedCallsTable;
  call_offers: CallOffersTable;
  operator_profiles: OperatorProfilesTable;
  call_center_settings: CallCenterSettingsTable;
  queues: QueuesTable;
  queue_members: QueueMembersTable;
  operator_states: OperatorStatesTable;
  reassignments: ReassignmentsTable;
  shift_schedules: ShiftSchedulesTable;
  practice_runs: PracticeRunsTable;
  slot_event_heads: SlotEventHeadsTable;
  slot_events: SlotEventsTable;
  outbound_messages: OutboundMessagesTable;
  waitlist_entries: WaitlistEntriesTable;
  waitlist_entry_consulates: WaitlistEntryConsulatesTable;
  calendar_sequences: CalendarSequencesTable;
  applicant_reads: ApplicantReadsTable;
}

export interface ConsulatesTable {
  id: string;
  name: string;
  city: string;
  region: string;
  country: string;
  time_zone: string;
  size: string;
  /** Days ahead slots are published without a lead's explicit say (migration 0008). */
  booking_horizon_days: Generated<number>;
  /** Booking stops this many minutes before a slot starts. */
  min_lead_minutes: Generated<number>;
  /** Days a chained visit (birth registration) needs after its prerequisite at this consulate. */
  prerequisite_gap_days: Generated<number>;
  /** Street address, one line (migration 0014; written by the reference sync). */
  address: Generated<string | null>;
}

export interface OfficeSessionsTable {
  consulate_id: string;
  weekday: number;
  open_time: string;
  close_time: string;
  slot_minutes: number;
  seats: number;
}

export interface ClosedDaysTable {
  consulate_id: string;
  local_date: string;
  reason_es: string;
  reason_en: string;
  closed_by: string | null;
  closed_at: string;
  /** `holiday`: the office calendar (reference sync); `closure`: a lead's (migration 0007). */
  kind: Generated<'holiday' | 'closure'>;
  /** A reopened day keeps its row; only rows with `reopened_at` null close a day. */
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export interface ProceduresTable {
  id: string;
  name_es: string;
  name_en: string;
  duration_minutes: number;
  requirements_json: string;
  requires_procedure_id: string | null;
  sort_order: number;
  /** Procedures a person may have only one of at a time share a group ('passport'); else the id. */
  booking_group: string;
  /** Ages served, on the appointment date (migration 0008); null: no bound. */
  min_age: number | null;
  max_age: number | null;
  /** JSON array of the NoCurpReason values that may book it without a CURP. */
  no_curp_reasons_json: Generated<string>;
}

/** Fees by the year they take effect, in the consulate's currency (migration 0010). */
export interface FeeScheduleTable {
  procedure_id: string;
  currency: 'USD' | 'CAD';
  effective_from: string;
  label_es: string;
  label_en: string;
  /** Null when no citable source gives the amount: never a guess or a conversion. */
  amount_cents: number | null;
  source: string;
  sort_order: number;
}

/** The live inventory: the published schedule and its seat counters. */
export interface SlotsTable {
  id: string;
  consulate_id: string;
  local_date: string;
  local_start: string;
  start_at: string;
  end_at: string;
  capacity: number;
  held: Generated<number>;
  booked: Generated<number>;
}

/** A practice sandbox's own seat counters over a live slot (`sandbox` is `practice:<userId>`). */
export interface PracticeSeatsTable {
  sandbox: string;
  slot_id: string;
  capacity: number;
  held: Generated<number>;
  booked: Generated<number>;
}

export interface ApplicantsTable {
  id: string;
  sandbox: string;
  /** Null for a person without a CURP, with `no_curp_reason` (migration 0009). */
  curp: string | null;
  no_curp_reason: 'foreign_national' | 'not_yet_registered' | null;
  /** Folded names and birth date: unique per sandbox among people without a CURP. */
  identity_key: string | null;
  given_names: string;
  first_surname: string;
  second_surname: string | null;
  birth_date: string;
  phone: string | null;
  phone_digits: string | null;
  /** `phone_digits` last digit first: a search by a number's last digits is an index range. */
  phone_digits_reversed: string | null;
  email: string | null;
  created_at: string;
  created_by: string | null;
  /** What the applicant is told in (migration 0018): 'es' unless registered in English. */
  language: Generated<'es' | 'en'>;
}

export interface ApplicantNameTokensTable {
  sandbox: string;
  token: string;
  applicant_id: string;
}

/** Every pair of distinct name tokens of an applicant, `token_a < token_b` (migration 0002). */
export interface ApplicantNameTokenPairsTable {
  sandbox: string;
  token_a: string;
  token_b: string;
  applicant_id: string;
}

export interface NameVocabularyTable {
  token: string;
  applicant_count: number;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  active: Generated<number>;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export type ReservationStatus = 'held' | 'booked' | 'released' | 'expired' | 'cancelled' | 'rescheduled';

/** A hold and the appointment it becomes are one row, so one partial unique index guards both. */
export interface ReservationsTable {
  id: string;
  appointment_id: string | null;
  confirmation_code: string | null;
  sandbox: string;
  slot_id: string;
  consulate_id: string;
  applicant_id: string;
  procedure_id: string;
  /** The procedure's booking group (migration 0008): one active booking per applicant and group. */
  booking_group: string;
  status: ReservationStatus;
  /** Set when a booking whose time has passed stops counting as active. */
  lapsed_at: string | null;
  replaces_id: string | null;
  expires_at: string;
  held_by: string;
  held_at: string;
  booked_by: string | null;
  booked_at: string | null;
  ended_by: string | null;
  ended_at: string | null;
  call_id: string | null;
}

/** An appointment's calendar UID and its last SEQUENCE (migration 0018), raised with each change. */
export interface CalendarSequencesTable {
  uid: string;
  sequence: number;
}

export interface IdempotencyKeysTable {
  user_id: string;
  idempotency_key: string;
  request_hash: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  sandbox: string;
  call_id: string | null;
  details_json: string;
}

/** One phone call taken at the console (migration 0003); `sandbox` as in `reservations`. */
export interface CallsTable {
  id: string;
  sandbox: string;
  operator_id: string;
  started_at: string;
  ended_at: string | null;
  wrap_up_code: string | null;
  applicant_id: string | null;
  appointment_id: string | null;
  note: string | null;
  /** Migration 0011: `inbound` (routed to the operator) or `outbound` (the operator dialled). */
  direction: ColumnType<'inbound' | 'outbound', 'inbound' | 'outbound' | undefined, 'inbound' | 'outbound'>;
  /** What the call is about so far, kept for a console that reloads (migration 0011). */
  procedure_id: ColumnType<string | null, string | null | undefined, string | null>;
  consulate_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The line ended (caller or operator hung up); the wrap-up may still be open. */
  hung_up_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Who closed the call's record: `operator`, or `server` when nobody did within the limit. */
  ended_by: ColumnType<
    'operator' | 'server' | null,
    'operator' | 'server' | null | undefined,
    'operator' | 'server' | null
  >;
}
export type RoutedCallStatus = 'waiting' | 'offered' | 'connected' | 'ended' | 'abandoned';
/** A call the telephony side posted (migration 0011): the line, from arrival to its end. */
export interface RoutedCallsTable {
  id: string;
  sandbox: string;
  /** `simulator`, `twilio`, `api`…: with provider_call_id, unique. */
  provider: string;
  provider_call_id: string;
  direction: 'inbound' | 'outbound';
  from_number: string;
  to_number: string | null;
  language: 'es' | 'en';
  queue_id: string;
  status: RoutedCallStatus;
  arrived_at: string;
  overflow_at: string | null;
  overflow_queue_id: string | null;
  target_operator_id: string | null;
  applicant_id: string | null;
  appointment_id: string | null;
  operator_id: string | null;
  answered_at: string | null;
  ended_at: string | null;
  ended_by: 'caller' | 'operator' | 'server' | null;
}
export type CallOfferStatus = 'open' | 'accepted' | 'rejected' | 'expired' | 'withdrawn';
/** One offer of a routed call to one operator (migration 0011): at most one open per call and per operator. */
export interface CallOffersTable {
  id: string;
  call_id: string;
  operator_id: string;
  queue_id: string;
  status: CallOfferStatus;
  offered_at: string;
  expires_at: string;
  closed_at: string | null;
}
/** Languages an operator takes calls in (`es`, `en`, `es,en`) and whether offers are answered for them. */
export interface OperatorProfilesTable {
  user_id: string;
  languages: Generated<string>;
  auto_answer: Generated<number>;
}
/** A lead's limits for the floor (`wrap_up_limit_seconds`…), one row per key. */
export interface CallCenterSettingsTable {
  key: string;
  value: string;
  updated_by: string | null;
  updated_at: string;
}

/** A named queue (migration 0004); the JSON columns list what it serves first. */
export interface QueuesTable {
  id: string;
  name_es: string;
  name_en: string;
  kind: 'region' | 'procedure_family';
  consulate_ids_json: string;
  procedure_ids_json: string;
  sort_order: number;
  /** Migration 0011: share of calls to answer within service_level_seconds (the lead's target). */
  service_level_target: Generated<number>;
  service_level_seconds: Generated<number>;
}

export interface QueueMembersTable {
  user_id: string;
  queue_id: string;
  assigned_at: string;
  assigned_by: string | null;
}

export interface OperatorStatesTable {
  user_id: string;
  state: 'available' | 'on_call' | 'wrap_up' | 'break' | 'offline';
  since: string;
  reason: 'console' | 'presence' | 'lead' | 'call' | 'missed';
  call_id: string | null;
  pending_state: 'break' | 'offline' | null;
  updated_at: string;
}

export interface ReassignmentsTable {
  id: string;
  user_id: string;
  from_queue_id: string | null;
  to_queue_id: string;
  when_mode: 'now' | 'after_call';
  /** `superseded`: a newer reassignment of the same operator replaced it before it applied. */
  status: 'pending' | 'applied' | 'acknowledged' | 'superseded';
  requested_by: string;
  requested_at: string;
  applied_at: string | null;
  acknowledged_at: string | null;
}

/** Weekly shifts: ISO weekday (1 Monday … 7 Sunday), call-center wall times `HH:mm`. */
export interface ShiftSchedulesTable {
  user_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  updated_at: string;
  updated_by: string | null;
}

/** One scenario played in a practice sandbox (migration 0005); JSON columns hold the console's events. */
export interface PracticeRunsTable {
  id: string;
  user_id: string;
  sandbox: string;
  scenario_id: string;
  scenario_version: number;
  started_at: string;
  finished_at: string | null;
  /** Null for a caller without a CURP (migration 0009). */
  applicant_curp: string | null;
  existing_appointment_id: string | null;
  /** Line indexes asked, in order. */
  asked_json: Generated<string>;
  /** Requirements read out per procedure: `{procedureId: count}`. */
  requirements_json: Generated<string>;
  read_back_appointment_id: string | null;
  /** The PracticeResult, once finished. */
  result_json: string | null;
  score: number | null;
}

export type SlotRow = Selectable<SlotsTable>;
export type ApplicantRow = Selectable<ApplicantsTable>;
export type ReservationRow = Selectable<ReservationsTable>;
/** Accounts locked after too many failed sign-ins, by lowercased username (migration 0015). */
export interface LockedAccountsTable {
  username: string;
  locked_at: string;
  failures: number;
}

export type UserRow = Selectable<UsersTable>;
export type CallRow = Selectable<CallsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;

/** The last event number of each sandbox and consulate (migration 0006). */
export interface SlotEventHeadsTable {
  sandbox: string;
  consulate_id: string;
  seq: number;
}

/** The outbox of seat changes: written in the change's transaction, relayed by every instance. */
export interface SlotEventsTable {
  sandbox: string;
  consulate_id: string;
  seq: number;
  changes_json: string;
  recorded_at: string;
}

export type WaitlistEntryStatus =
  'waiting' | 'offered' | 'booked' | 'offer_expired' | 'expired' | 'cancelled';

/** A caller waiting for a seat (migration 0017): consulates in `waitlist_entry_consulates`. */
export interface WaitlistEntriesTable {
  id: string;
  sandbox: string;
  applicant_id: string;
  procedure_id: string;
  booking_group: string;
  from_date: string;
  to_date: string;
  /** When `to_date` has ended at every named consulate. */
  ends_at: string;
  status: WaitlistEntryStatus;
  created_at: string;
  created_by: string;
  call_id: string | null;
  /** The reservation held for the entry while offered (kept afterwards, as history). */
  hold_id: string | null;
  offered_at: string | null;
  offer_expires_at: string | null;
  appointment_id: string | null;
  ended_at: string | null;
}

export interface WaitlistEntryConsulatesTable {
  entry_id: string;
  consulate_id: string;
}

export type WaitlistEntryRow = Selectable<WaitlistEntriesTable>;

/**
 * The durable queue of messages to applicants (migration 0016): written in the change's transaction,
 * leased and sent by every instance's worker, kept where no sender is configured.
 */
export interface OutboundMessagesTable {
  id: string;
  dedupe_key: string;
  sandbox: string;
  kind: 'booked' | 'rescheduled' | 'cancelled' | 'closed' | 'waitlist_offer' | 'reminder';
  channel: 'email' | 'sms';
  recipient: string;
  language: 'es' | 'en';
  subject: string | null;
  text: string;
  html: string | null;
  calendar: string | null;
  calendar_method: 'REQUEST' | 'CANCEL' | null;
  reservation_id: string | null;
  appointment_id: string | null;
  not_before: string;
  /** 1: sent only if the reservation is still a booked, active appointment on an open day (reminders). */
  only_if_still_booked: number;
  created_at: string;
  status: 'queued' | 'sent' | 'failed' | 'kept' | 'skipped';
  attempts: Generated<number>;
  /** When a queued row is due (not_before, a retry, the end of its lease); null once settled. */
  next_attempt_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  provider_message_id: string | null;
}

export type OutboundMessageRow = Selectable<OutboundMessagesTable>;

/** Who looked at an applicant (migration 0019): one row per person shown to a user. */
export interface ApplicantReadsTable {
  id: Generated<number>;
  applicant_id: string;
  at: string;
  reader_id: string;
  reader_role: string;
  call_id: string | null;
  /** search | record | screen_pop | reads_listing */
  kind: string;
  sandbox: string;
}
