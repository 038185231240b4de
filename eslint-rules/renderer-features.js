// renderer/src/features/<x>/ stand apart: a feature never imports another feature, nor the app that
// composes them (renderer/src/app/). What two features share lives in components/, lib/, api/,
// stores/, realtime/, commands/ or i18n/. Tests follow the same rule between features; a feature's
// test may render the whole app (app/ composes it, as the console does).
import path from 'node:path';

function featureOf(file, featuresRoot) {
  const rel = path.relative(featuresRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'renderer features never import each other, nor the app that composes them' },
    schema: [],
    messages: {
      feature:
        "Feature '{{from}}' imports feature '{{to}}' ({{target}}): move what both need to components/, lib/, api/ or stores/, or compose them in app/ (Bad layering).",
      app: "Feature '{{from}}' imports the app ({{target}}): the app composes features, not the other way round (Bad layering).",
    },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'renderer', 'src');
    const featuresRoot = path.join(srcRoot, 'features');
    const from = featureOf(file, featuresRoot);
    if (!from) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    function check(node) {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const shown = path.relative(context.cwd, target);
      const to = featureOf(target, featuresRoot);
      if (to && to !== from)
        return context.report({ node: node.source, messageId: 'feature', data: { from, to, target: shown } });
      const appRoot = path.join(srcRoot, 'app');
      if (!isTest && (target === appRoot || target.startsWith(appRoot + path.sep)))
        return context.report({ node: node.source, messageId: 'app', data: { from, target: shown } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
