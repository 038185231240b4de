/**
 * Every query key of the console, from one factory (all → lists → detail). Components never type
 * a key literal; the realtime sync finds slot queries by `slots.consulate(id)`.
 */
export const queryKeys = {
  consulates: { all: () => ['consulates'] as const },
  procedures: { all: () => ['procedures'] as const },
  applicants: {
    all: () => ['applicants'] as const,
    search: (q: string) => ['applicants', 'search', q] as const,
  },
  appointments: {
    all: () => ['appointments'] as const,
    ofApplicant: (applicantId: string) => ['appointments', 'applicant', applicantId] as const,
  },
  slots: {
    all: () => ['slots'] as const,
    consulate: (consulateId: string) => ['slots', consulateId] as const,
    range: (consulateId: string, from: string, to: string) => ['slots', consulateId, from, to] as const,
  },
};
