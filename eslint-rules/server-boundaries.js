// server/ is a kernel, a platform and feature modules side by side: this rule keeps it that way.
//   kernel/    imports only kernel/
//   platform/  imports kernel/ and platform/ — never a module (the composition root hands it routes and handlers)
//   modules/x/ imports kernel/, platform/, its own files, and another module only through its public
//              entry (modules/y/index.ts) — what that module chose to offer
//   the root   (app.ts, main.ts, cli/, seed/) imports modules through their public entries too
// Tests (*.test.ts) may reach inside what they test.
import path from 'node:path';

function layerOf(file, serverRoot) {
  const rel = path.relative(serverRoot, file);
  if (rel.startsWith('..')) return null;
  const [top, second] = rel.split(path.sep);
  if (top === 'kernel') return { layer: 'kernel' };
  if (top === 'platform') return { layer: 'platform' };
  if (top === 'modules') return { layer: 'module', module: second };
  return { layer: 'root' };
}

const isIndex = (target, serverRoot, module) => {
  const entry = path.join(serverRoot, 'modules', module);
  return target === entry || target === path.join(entry, 'index') || target === path.join(entry, 'index.ts');
};

export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        'server/ layers: kernel ← platform ← modules (through their public entries) ← the composition root',
    },
    schema: [],
    messages: {
      kernel: 'server/kernel imports only the kernel (Bad layering: {{target}}).',
      platform:
        'server/platform never imports a module: the composition root hands it what it needs (Bad layering: {{target}}).',
      internals:
        "Another module's inside: import '{{entry}}' (its public entry) instead of {{target}} (Bad layering).",
    },
  },
  create(context) {
    const file = context.filename;
    if (/\.test\.tsx?$/.test(file)) return {};
    const serverRoot = path.join(context.cwd, 'server');
    const from = layerOf(file, serverRoot);
    if (!from) return {};
    function check(node) {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const to = layerOf(target, serverRoot);
      if (!to) return;
      const shown = path.relative(context.cwd, target);
      if (from.layer === 'kernel' && to.layer !== 'kernel')
        return context.report({ node: node.source, messageId: 'kernel', data: { target: shown } });
      if (from.layer === 'platform' && (to.layer === 'module' || to.layer === 'root'))
        return context.report({ node: node.source, messageId: 'platform', data: { target: shown } });
      if (
        to.layer === 'module' &&
        !(from.layer === 'module' && from.module === to.module) &&
        !isIndex(target, serverRoot, to.module)
      ) {
        return context.report({
          node: node.source,
          messageId: 'internals',
          data: {
            target: shown,
            entry: path.relative(context.cwd, path.join(serverRoot, 'modules', to.module)),
          },
        });
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
