/** Messages between the commit-to-another-client bench (server side) and its client process. */
export interface CommitPlan {
  baseUrl: string;
  /** Where client B's socket connects (another instance of a cluster); `baseUrl` when absent. */
  socketUrl?: string;
  /** Client A holds and releases over HTTP with this token. */
  tokenA: string;
  /** Client B listens on socket.io with this one (another operator). */
  tokenB: string;
  subscription: { consulateId: string; from: string; to: string };
  slotIds: string[];
  applicantIds: string[];
  procedureId: string;
  echoUrl: string;
  rounds: number;
  warmup: number;
}

export interface CommitSamples {
  /** B's event arrival − A's 201 arrival (ms; negative if the event came first). */
  fromCommit: number[];
  /** B's event arrival − A's request start. */
  fromSend: number[];
  /** A's hold request, start to end of the 201. */
  hold: number[];
  /** The same after a release (DELETE's 204 to B's event). */
  releaseFromCommit: number[];
  /** ws round trip of a message the size of the slots:changed frame. */
  wsRoundTrip: number[];
  frameBytes: number;
}

export type CommitChildIn = { type: 'run'; plan: CommitPlan };
export type CommitChildOut = { type: 'done'; samples: CommitSamples };
