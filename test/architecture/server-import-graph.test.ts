import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclesOf, serverFolderGraph } from '../../scripts/import-graph/folder-graph';

const serverRoot = fileURLToPath(new URL('../../server', import.meta.url));

describe("the server's import graph by folder", () => {
  const graph = serverFolderGraph(serverRoot);

  it('has no cycle between folders (kernel, each platform folder, each module, the root)', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('has the kernel at the bottom and no module under the platform', () => {
    expect([...(graph.get('kernel')?.keys() ?? [])]).toEqual([]);
    const platformToModules = [...graph]
      .filter(([from]) => from.startsWith('platform'))
      .flatMap(([from, edges]) =>
        [...edges.keys()].filter((to) => to.startsWith('modules/')).map((to) => `${from} -> ${to}`),
      );
    expect(platformToModules).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const cyclic = new Map([
      ['modules/a', new Map([['modules/b', 1]])],
      ['modules/b', new Map([['modules/a', 1]])],
      ['kernel', new Map()],
    ]);
    expect(cyclesOf(cyclic)).toEqual([['modules/a', 'modules/b']]);
  });
});
