/**
 * Types for parse-prometheus-text-format 1.1.1 (it ships none), as far as the deploy tests read it.
 * Careful: it merges a labelled histogram's series into one sample without labels (it expects `le`
 * last, prom-client writes it first), so read families and their names from it, not histogram labels.
 */
declare module 'parse-prometheus-text-format' {
  export interface ParsedSample {
    value?: string;
    labels?: Record<string, string>;
    buckets?: Record<string, string>;
    count?: string;
    sum?: string;
  }
  export interface ParsedFamily {
    name: string;
    help: string;
    type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
    metrics: ParsedSample[];
  }
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
