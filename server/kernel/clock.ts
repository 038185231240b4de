/** The time source of the engine: real time in production, a controllable one in tests. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
