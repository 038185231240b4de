/** One room per sandbox and consulate: practice events never reach the live room. */
export const slotRoom = (sandbox: string, consulateId: string) => `slots:${sandbox}:${consulateId}`;
