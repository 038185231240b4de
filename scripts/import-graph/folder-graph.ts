/**
 * The server's import graph by folder: which folder's files import which other folder's (tests
 * left out: they may reach inside what they test). Read from the source with the same relative
 * specifiers the compiler resolves; used by the architecture test (no cycles) and the picture.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type FolderGraph = Map<string, Map<string, number>>;

/** A server file's folder as the architecture names it: kernel, platform/<x>, modules/<x>, or the root's. */
export function folderOf(serverRoot: string, file: string): string {
  const parts = relative(serverRoot, file).split(sep);
  if (parts[0] === 'kernel') return 'kernel';
  if (parts[0] === 'platform' || parts[0] === 'modules')
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
  return parts.length > 1 ? (parts[0] as string) : 'app';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/g;

export function serverFolderGraph(serverRoot: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(serverRoot)) {
    const from = folderOf(serverRoot, file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const base = resolve(dirname(file), match[1] as string);
      const target = existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts');
      if (relative(serverRoot, target).startsWith('..')) continue;
      const to = folderOf(serverRoot, target);
      if (to === from) continue;
      const edges = graph.get(from) as Map<string, number>;
      edges.set(to, (edges.get(to) ?? 0) + 1);
    }
  }
  return graph;
}

/** Every cycle's folders (strongly connected components of more than one folder). */
export function cyclesOf(graph: FolderGraph): string[][] {
  let index = 0;
  const indexes = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indexes.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!indexes.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(node, Math.min(low.get(node) as number, indexes.get(next) as number));
    }
    if (low.get(node) === indexes.get(node)) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop() as string;
        onStack.delete(top);
        component.push(top);
      } while (top !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexes.has(node)) visit(node);
  return cycles;
}

const LAYER_COLORS: Record<string, string> = {
  kernel: '#f3e5c0',
  platform: '#d6e4f0',
  modules: '#d8ecd3',
  root: '#eeeeee',
};

/** The same graph with the platform's folders drawn as one (the picture's level of detail). */
export function collapsePlatform(graph: FolderGraph): FolderGraph {
  const name = (folder: string) => (folder.startsWith('platform/') ? 'platform' : folder);
  const out: FolderGraph = new Map();
  for (const [from, edges] of graph) {
    const source = name(from);
    if (!out.has(source)) out.set(source, new Map());
    for (const [to, count] of edges) {
      const target = name(to);
      if (target === source) continue;
      const map = out.get(source) as Map<string, number>;
      map.set(target, (map.get(target) ?? 0) + count);
    }
  }
  return out;
}

/** The graph as Graphviz DOT: the root on top, modules side by side, the platform and the kernel below. */
export function toDot(graph: FolderGraph): string {
  const layer = (folder: string) =>
    folder === 'kernel'
      ? 'kernel'
      : folder.split('/')[0] === 'platform'
        ? 'platform'
        : folder.split('/')[0] === 'modules'
          ? 'modules'
          : 'root';
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((e) => [...e.keys()])])].sort();
  const lines = [
    'digraph server {',
    '  rankdir=TB; newrank=true; node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11]; edge [color="#00000055", arrowsize=0.6];',
  ];
  for (const name of ['root', 'modules', 'platform', 'kernel']) {
    const members = nodes.filter((n) => layer(n) === name);
    lines.push(
      `  subgraph cluster_${name} { label="${name === 'root' ? 'composition root, cli, seed' : name}"; style="rounded,dashed"; color="#888888"; rank=same;`,
    );
    for (const n of members)
      lines.push(
        `    "${n}" [label="${n.replace(/^(modules|platform)\//, '')}", fillcolor="${LAYER_COLORS[name]}"];`,
      );
    lines.push('  }');
  }
  for (const [from, edges] of [...graph].sort())
    for (const [to, count] of [...edges].sort())
      lines.push(`  "${from}" -> "${to}" [penwidth=${Math.min(3, 0.6 + Math.log2(count) / 3).toFixed(2)}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
