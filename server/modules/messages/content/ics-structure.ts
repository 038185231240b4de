/**
 * A structural check of an iCalendar file for tests (this module's and the notices'): CRLF line
 * endings only, physical lines of at most 75 octets, BEGIN/END balanced and properly nested, and
 * the properties RFC 5545 and iTIP (RFC 5546) require of a VCALENDAR, its VEVENT, its VTIMEZONE's
 * observances and a VALARM. Answers the problems found (empty when the file is sound).
 */

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  VCALENDAR: ['PRODID', 'VERSION', 'METHOD'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'SUMMARY', 'ORGANIZER', 'STATUS'],
  VTIMEZONE: ['TZID'],
  STANDARD: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  DAYLIGHT: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  VALARM: ['ACTION', 'TRIGGER', 'DESCRIPTION'],
};

const encoder = new TextEncoder();

export function icsProblems(content: string): string[] {
  const problems: string[] = [];
  if (!content.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(content)) problems.push('a line break that is not CRLF');
  const physical = content.split('\r\n').slice(0, -1);
  physical.forEach((line, i) => {
    const size = encoder.encode(line).length;
    if (size > 75) problems.push(`line ${i + 1} has ${size} octets`);
  });
  // Unfold: a line starting with a space or a tab continues the previous one.
  const logical: string[] = [];
  for (const line of physical) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && logical.length > 0)
      logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: { name: string; properties: Set<string> }[] = [];
  let components = 0;
  for (const line of logical) {
    const name = /^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? '';
    if (!/^[A-Za-z0-9-]+[;:]/.test(line)) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const value = line.slice(line.indexOf(':') + 1);
    if (name === 'BEGIN') {
      if (stack.length === 0 && components > 0) problems.push('content after the VCALENDAR');
      if (stack.length === 0 && value !== 'VCALENDAR') problems.push(`the file starts with ${value}`);
      stack.push({ name: value, properties: new Set() });
      components++;
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value) {
        problems.push(`END:${value} closes ${open?.name ?? 'nothing'}`);
        continue;
      }
      for (const required of REQUIRED[open.name] ?? [])
        if (!open.properties.has(required)) problems.push(`${open.name} lacks ${required}`);
    } else if (stack.length === 0) {
      problems.push(`a property outside any component: ${line}`);
    } else {
      stack[stack.length - 1]!.properties.add(name);
    }
  }
  for (const open of stack) problems.push(`BEGIN:${open.name} is never ended`);
  return problems;
}
