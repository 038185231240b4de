/**
 * Every query key of the console, from one factory (all → lists → detail). Components never type
 * a key literal; the realtime sync finds slot queries by `slots.consulate(id)`.
 */
export const queryKeys = {
  consulates: {
    all: () => ['consulates'] as const,
    /** The nearest consulates to a postal code (US ZIP or Canadian area) with their first seat for a procedure. */
    nearest: (country: string, postalCode: string, procedureId: string) =>
      ['consulates', 'nearest', country, postalCode, procedureId] as const,
  },
  procedures: {
    all: () => ['procedures'] as const,
    /** The fees as a consulate charges them on a date (`null`: no consulate yet, or the server's today). */
    feesAt: (consulateId: string | null, date: string | null) =>
      ['procedures', 'fees', consulateId ?? 'any', date ?? 'today'] as const,
  },
  applicants: {
    all: () => ['applicants'] as const,
    search: (q: string) => ['applicants', 'search', q] as const,
    /** Who looked at one applicant (a lead's or admin's listing), newest first, a page at a time. */
    reads: (applicantId: string) => ['applicants', 'reads', applicantId] as const,
  },
  appointments: {
    all: () => ['appointments'] as const,
    ofApplicant: (applicantId: string) => ['appointments', 'applicant', applicantId] as const,
    details: () => ['appointments', 'detail'] as const,
    detail: (appointmentId: string) => ['appointments', 'detail', appointmentId] as const,
  },
  slots: {
    all: () => ['slots'] as const,
    consulate: (consulateId: string) => ['slots', consulateId] as const,
    range: (consulateId: string, from: string, to: string) => ['slots', consulateId, from, to] as const,
  },
  /** The signed-in user's own state and queue (status:changed replaces it). */
  me: {
    status: () => ['me', 'status'] as const,
    /** The operator's current call as the server holds it (GET /api/me/call; null: none). */
    call: () => ['me', 'call'] as const,
    /** The offer ringing at this console now, or the last one withdrawn (call:offered / call:offer_withdrawn). */
    offer: () => ['me', 'offer'] as const,
  },
  /** Lead views: the floor (floor:changed patches its rows), queue load, the day's figures. */
  floor: {
    all: () => ['floor'] as const,
    operators: () => ['floor', 'operators'] as const,
    queues: () => ['floor', 'queues'] as const,
    allFigures: () => ['floor', 'figures'] as const,
    figures: (date: string) => ['floor', 'figures', date] as const,
    /** Routed calls answered, abandoned and service level by hour of a day (refreshed with the day's figures). */
    figureHours: (date: string) => ['floor', 'figures', date, 'hours'] as const,
  },
  /** Accounts locked after too many failed sign-ins (leads and admins; the list is refetched while shown). */
  auth: {
    lockedAccounts: () => ['auth', 'locked-accounts'] as const,
  },
  shifts: {
    all: () => ['shifts'] as const,
    allCoverage: () => ['shifts', 'coverage'] as const,
    coverage: (date: string) => ['shifts', 'coverage', date] as const,
    schedules: () => ['shifts', 'schedules'] as const,
  },
  capacity: {
    all: () => ['capacity'] as const,
    closure: (consulateId: string, date: string) => ['capacity', 'closure', consulateId, date] as const,
  },
  /** The waitlist: one person's entries (the screen pop), or a consulate's for one service (a lead's view). */
  waitlist: {
    all: () => ['waitlist'] as const,
    ofApplicant: (applicantId: string) => ['waitlist', 'applicant', applicantId] as const,
    lists: () => ['waitlist', 'list'] as const,
    summary: () => ['waitlist', 'summary'] as const,
    list: (consulateId: string, procedureId: string, status: string) =>
      ['waitlist', 'list', consulateId, procedureId, status] as const,
  },
  /** Messages to applicants (a lead's view): pages by filter, and one message. */
  messages: {
    all: () => ['messages'] as const,
    list: (status: string, kind: string) => ['messages', 'list', status, kind] as const,
    detail: (id: string) => ['messages', 'detail', id] as const,
  },
  /** Practice: the scenarios, and results (own, or a lead's view of one trainee or everyone). */
  practice: {
    all: () => ['practice'] as const,
    scenarios: () => ['practice', 'scenarios'] as const,
    allResults: () => ['practice', 'results'] as const,
    results: (userId: string | null) => ['practice', 'results', userId ?? 'all'] as const,
  },
};
