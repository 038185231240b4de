/** The zone of the machine the lead reads on: "who looked when" is read on the reader's own clock. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
