/** One measured figure, with the baseline it is compared to in the same run. */
export interface BenchFigure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared to, measured in the same process and run. */
  baseline?: { name: string; value: number };
  /** value / baseline.value */
  ratio?: number;
  /** e.g. "≤ 1.5× baseline", "≤ 5 ms", "= 0" */
  goal?: string;
  pass?: boolean;
}

export function figure(f: Omit<BenchFigure, 'ratio'>): BenchFigure {
  const ratio = f.baseline && f.baseline.value > 0 ? f.value / f.baseline.value : undefined;
  return ratio === undefined ? f : { ...f, ratio };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export const sortNumbers = (values: readonly number[]) => [...values].sort((a, b) => a - b);
