/**
 * What modules see of logging, without the logging library: a request's ids go on its line through
 * `addRequestLogFields` (request-log.ts), and a failure nobody waits for names what it concerns here.
 */

/** What a failure nobody waits for concerns, for its log line: the call it happened on. Ids only. */
export interface ErrorContext {
  callId?: string;
}
