import type { RunLine } from '../../../../shared/api/practice';
import type { ScenarioTopic } from '../../../../shared/practice/scenario';

export type TopicGroup = { topic: ScenarioTopic; lines: RunLine[] };

/** The caller's lines grouped by topic, topics in the order the scenario first uses them. */
export function groupByTopic(lines: readonly RunLine[]): TopicGroup[] {
  const groups = new Map<ScenarioTopic, RunLine[]>();
  for (const line of lines) {
    const group = groups.get(line.topic);
    if (group) group.push(line);
    else groups.set(line.topic, [line]);
  }
  return [...groups].map(([topic, grouped]) => ({ topic, lines: grouped }));
}

/** The next question not asked yet, in the scenario's order (what "next question" asks). */
export const nextUnasked = (lines: readonly RunLine[]): RunLine | null =>
  lines.find((line) => line.says === null) ?? null;

export type TranscriptEntry = { key: string; who: 'caller' | 'trainee'; text: string };

/** The conversation so far: the caller's opening, then each question asked and its answer, in the order asked. */
export function transcriptOf(
  opening: string,
  lines: readonly RunLine[],
  askedOrder: readonly number[],
  ask: (line: RunLine) => string,
): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [{ key: 'opening', who: 'caller', text: opening }];
  for (const index of askedOrder) {
    const line = lines.find((l) => l.index === index);
    if (!line || line.says === null) continue;
    entries.push(
      { key: `ask-${index}`, who: 'trainee', text: ask(line) },
      { key: `says-${index}`, who: 'caller', text: line.says },
    );
  }
  return entries;
}
