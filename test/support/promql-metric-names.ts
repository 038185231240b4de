/**
 * The metric names a PromQL expression reads, so the deploy tests can check that every one the alert
 * rules and the dashboard name is exported. A small tokenizer, not a full parser: it skips strings,
 * label matchers (`{…}`), ranges and subqueries (`[…]`), numbers and durations (`5m`, `1e3`), Grafana
 * variables (`$instance`, `${datasource}`, `$__rate_interval`), the label lists of `by`, `without`, `on`,
 * `ignoring`, `group_left`, `group_right`, keywords (`and`, `or`, `unless`, `bool`, `offset`, …) and
 * anything called like a function (`rate(`, `sum (`, `histogram_quantile(`). Every other identifier is a
 * metric name; so is `{__name__="x"}`.
 */

const KEYWORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
  'atan2',
  'inf',
  'nan',
]);

/** Aggregations may put their grouping between their name and their argument: `sum by (queue) (x)`. */
const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
]);

/** Keywords followed by a parenthesised list of label names (optional after group_left/right). */
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

const IDENTIFIER_START = /[A-Za-z_:]/;
const IDENTIFIER_PART = /[A-Za-z0-9_:]/;

/** The metric names `expr` reads, sorted, each once. Throws on an unterminated string or bracket. */
export function promqlMetricNames(expr: string): string[] {
  const names = new Set<string>();
  let i = 0;

  const skipSpaces = () => {
    while (i < expr.length) {
      if (/\s/.test(expr[i]!)) i += 1;
      else if (expr[i] === '#') {
        while (i < expr.length && expr[i] !== '\n') i += 1; // a comment runs to the end of the line
      } else break;
    }
  };

  const readString = (): string => {
    const quote = expr[i]!;
    let value = '';
    i += 1;
    while (i < expr.length && expr[i] !== quote) {
      if (expr[i] === '\\' && quote !== '`') i += 1;
      value += expr[i] ?? '';
      i += 1;
    }
    if (i >= expr.length) throw new Error(`unterminated string in PromQL: ${expr}`);
    i += 1;
    return value;
  };

  /** From an opening bracket to its match, strings skipped; returns the text inside. */
  const readBracketed = (open: string, close: string): string => {
    const start = i + 1;
    let depth = 0;
    while (i < expr.length) {
      const c = expr[i]!;
      if (c === '"' || c === "'" || c === '`') {
        readString();
        continue;
      }
      if (c === open) depth += 1;
      else if (c === close) {
        depth -= 1;
        if (depth === 0) {
          i += 1;
          return expr.slice(start, i - 1);
        }
      }
      i += 1;
    }
    throw new Error(`unclosed ${open} in PromQL: ${expr}`);
  };

  const readIdentifier = (): string => {
    const start = i;
    while (i < expr.length && IDENTIFIER_PART.test(expr[i]!)) i += 1;
    return expr.slice(start, i);
  };

  while (i < expr.length) {
    skipSpaces();
    if (i >= expr.length) break;
    const c = expr[i]!;
    if (c === '"' || c === "'" || c === '`') readString();
    else if (c === '{') {
      const name = /(?:^|[{,\s])__name__\s*=\s*"([^"]+)"/.exec(readBracketed('{', '}'));
      if (name) names.add(name[1]!);
    } else if (c === '[') readBracketed('[', ']');
    else if (c === '$') {
      i += 1;
      if (expr[i] === '{') readBracketed('{', '}');
      else readIdentifier();
    } else if (/[0-9.]/.test(c)) {
      // A number, a hexadecimal number or a duration: 5m, 1h30m, 0.95, 1e3, 0x1F.
      while (i < expr.length && /[0-9A-Za-z_.]/.test(expr[i]!)) i += 1;
    } else if (IDENTIFIER_START.test(c)) {
      const word = readIdentifier();
      skipSpaces();
      const lower = word.toLowerCase();
      if (LABEL_LIST_KEYWORDS.has(lower)) {
        if (expr[i] === '(') readBracketed('(', ')');
      } else if (KEYWORDS.has(lower)) {
        // an operator or modifier: nothing to read
      } else if (expr[i] === '(') {
        // a function call: its arguments are read by the loop
      } else if (AGGREGATIONS.has(lower) && /^(by|without)\b/i.test(expr.slice(i))) {
        // `sum by (…) (…)`: the grouping comes next
      } else names.add(word);
    } else i += 1;
  }
  return [...names].sort();
}
