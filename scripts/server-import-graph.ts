/**
 * Draws the server's import graph by folder: docs/server-import-graph.dot, and .svg when Graphviz
 * (`dot`, Debian's graphviz) is installed. `npx tsx scripts/server-import-graph.ts`
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collapsePlatform, cyclesOf, serverFolderGraph, toDot } from './import-graph/folder-graph';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = serverFolderGraph(`${root}server`);
const dotFile = `${root}docs/server-import-graph.dot`;
writeFileSync(dotFile, toDot(collapsePlatform(graph)));
const cycles = cyclesOf(graph);
console.log(
  `${graph.size} folders, ${[...graph.values()].reduce((n, e) => n + e.size, 0)} edges, ${cycles.length} cycles${cycles.length ? ': ' + cycles.map((c) => c.join(' ↔ ')).join('; ') : ''}`,
);
try {
  execFileSync('dot', ['-Tsvg', dotFile, '-o', `${root}docs/server-import-graph.svg`]);
  console.log('docs/server-import-graph.svg written');
} catch {
  console.log(
    'Graphviz (dot) not found: docs/server-import-graph.dot written only (apt-get install graphviz to draw it)',
  );
}
