// Import cycles, found with the TypeScript compiler's own module resolution: between files, and
// between the feature folders of a service (`services/<name>/src/<feature>/`). Used by the
// `jenjang/no-import-cycle` lint rule (eslint.config.mjs).
const { readdirSync, readFileSync } = require('node:fs');
const { dirname, join, relative, sep } = require('node:path');
const ts = require('typescript');

const SKIP_DIRS = new Set(['node_modules', 'dist', '.nx', '.tools', '.jenjang', '.git', 'deploy']);

function sourceFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') && entry.name !== '.') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) sourceFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

function compilerOptions(root) {
  const configPath = join(root, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath).options;
}

/** The modules a file imports or re-exports, each marked when only types are imported. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!bindings &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly: statement.isTypeOnly });
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteral(statement.moduleReference.expression)
    ) {
      found.push({ specifier: statement.moduleReference.expression.text, typeOnly: false });
    }
  }
  return found;
}

/**
 * Every repository file's imports resolved to repository files:
 * Map<absPath, { target: absPath, typeOnly: boolean }[]>.
 */
function buildFileGraph(root, roots = ['libs', 'services', 'tools', 'scripts']) {
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options);
  const graph = new Map();
  for (const top of roots) {
    let files;
    try {
      files = sourceFiles(join(root, top));
    } catch {
      continue;
    }
    for (const file of files) {
      const edges = new Map();
      for (const { specifier, typeOnly } of importsOf(file)) {
        const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule;
        if (!resolved || resolved.isExternalLibraryImport) continue;
        const target = resolved.resolvedFileName;
        if (target.endsWith('.d.ts') || target.includes(`${sep}node_modules${sep}`)) continue;
        edges.set(target, (edges.get(target) ?? true) && typeOnly);
      }
      graph.set(
        file,
        [...edges].map(([target, typeOnly]) => ({ target, typeOnly })),
      );
    }
  }
  return graph;
}

/** The plain graph a cycle is looked for in: Map<node, node[]>. */
function valueGraph(fileGraph, withTypes) {
  const graph = new Map();
  for (const [file, edges] of fileGraph) {
    graph.set(
      file,
      edges.filter((e) => withTypes || !e.typeOnly).map((e) => e.target),
    );
  }
  return graph;
}

/** `services/<svc>/src/<feature>` for a file inside a service's feature folder, else undefined. */
function featureFolder(root, file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] !== 'services' || parts[2] !== 'src' || parts.length < 5) return undefined;
  return parts.slice(0, 4).join('/');
}

/** The folder graph: an edge between two feature folders of one service when a file imports. */
function buildFolderGraph(root, fileGraph) {
  const graph = new Map();
  for (const [file, edges] of fileGraph) {
    const from = featureFolder(root, file);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, []);
    for (const { target } of edges) {
      const to = featureFolder(root, target);
      if (to && to !== from && !graph.get(from).includes(to)) graph.get(from).push(to);
    }
  }
  return graph;
}

/** Tarjan's strongly connected components: Map<node, componentId>; a cycle is a component > 1. */
function components(graph) {
  let index = 0;
  let nextId = 0;
  const indexOf = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const componentOf = new Map();
  const visit = (start) => {
    // iterative, so a long import chain cannot overflow the call stack
    const work = [[start, 0]];
    indexOf.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = graph.get(node) ?? [];
      if (i < next.length) {
        frame[1]++;
        const to = next[i];
        if (!indexOf.has(to)) {
          indexOf.set(to, index);
          low.set(to, index++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node), indexOf.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indexOf.get(node)) {
        const id = nextId++;
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          componentOf.set(member, id);
        } while (member !== node);
      }
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return componentOf;
}

/** The shortest path from `from` back to `to` (both in one component), for the message. */
function pathBack(graph, from, to) {
  const previous = new Map([[from, undefined]]);
  const queue = [from];
  while (queue.length) {
    const node = queue.shift();
    if (node === to) break;
    for (const next of graph.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to)) return undefined;
  const path = [];
  for (let node = to; node !== undefined; node = previous.get(node)) path.unshift(node);
  return path;
}

/** An analysed repository: asks whether an import from one file to another closes a cycle. */
function analyse(root) {
  const options = compilerOptions(root);
  const imports = buildFileGraph(root);
  // A type-only import is erased when compiled, so it cannot close a cycle between files; between
  // feature folders it counts (a folder that needs another's types depends on it).
  const files = valueGraph(imports, false);
  const folders = buildFolderGraph(root, imports);
  const fileComponents = components(files);
  const folderComponents = components(folders);
  const cyclesThrough = (graph, componentOf, from, to) => {
    if (!componentOf.has(from) || componentOf.get(from) !== componentOf.get(to)) return undefined;
    return pathBack(graph, to, from);
  };
  return {
    files,
    folders,
    /** The path target → … → source when importing target from source closes a file cycle. */
    fileCycle: (source, target) => cyclesThrough(files, fileComponents, source, target),
    /** The folder path when the import crosses feature folders that depend on each other. */
    folderCycle: (source, target) => {
      const from = featureFolder(root, source);
      const to = featureFolder(root, target);
      if (!from || !to || from === to) return undefined;
      return cyclesThrough(folders, folderComponents, from, to);
    },
    resolve: (specifier, containingFile) => {
      const resolved = ts.resolveModuleName(
        specifier,
        containingFile,
        options,
        ts.sys,
      ).resolvedModule;
      return resolved && !resolved.isExternalLibraryImport ? resolved.resolvedFileName : undefined;
    },
  };
}

/** Every cycle as a list of components (for the command line and the spec). */
function listCycles(root) {
  const { files, folders } = analyse(root);
  const group = (graph) => {
    const byId = new Map();
    for (const [node, id] of components(graph)) {
      if (!byId.has(id)) byId.set(id, []);
      byId.get(id).push(relative(root, node) || node);
    }
    return [...byId.values()].filter((members) => members.length > 1).map((m) => m.sort());
  };
  return { files: group(files), folders: group(folders) };
}

// One analysis per lint process: the repository's import graph is read once, on first use.
let cached;
function analysisFor(root) {
  if (!cached || cached.root !== root) cached = { root, analysis: analyse(root) };
  return cached.analysis;
}

/** ESLint rule `jenjang/no-import-cycle`. Option `allowFolderCycles`: folders (relative paths)
 * whose feature folders may still lean on each other, each a debt written down in the config. */
const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse imports that close a cycle between files or feature folders' },
    schema: [
      {
        type: 'object',
        properties: { allowFolderCycles: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      file: 'Import cycle between files: {{path}}. Move what both need into a third file.',
      folder:
        'Feature folders import each other: {{path}}. Move what both need into a lower folder ' +
        '(shared/ or the folder both build on), or let one tell the other through a hook or event.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const allowed = (context.options[0]?.allowFolderCycles ?? []).map((f) => join(root, f) + sep);
    const show = (path) => path.map((p) => relative(root, p)).join(' → ');
    const check = (node, specifier, typeOnly) => {
      const analysis = analysisFor(root);
      const target = analysis.resolve(specifier, file);
      if (!target) return;
      const filePath = typeOnly ? undefined : analysis.fileCycle(file, target);
      if (filePath) {
        context.report({ node, messageId: 'file', data: { path: show([file, ...filePath]) } });
      }
      if (allowed.some((prefix) => file.startsWith(prefix))) return;
      const folderPath = analysis.folderCycle(file, target);
      if (folderPath) {
        const from = featureFolder(root, file);
        context.report({
          node,
          messageId: 'folder',
          data: { path: [from, ...folderPath].map((f) => f.split('/').pop()).join(' → ') },
        });
      }
    };
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === 'type' ||
          (node.specifiers.length > 0 &&
            node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
    };
  },
};

module.exports = {
  analyse,
  noImportCycle,
  importsOf,
  buildFileGraph,
  buildFolderGraph,
  components,
  featureFolder,
  listCycles,
  pathBack,
};

if (require.main === module) {
  const root = join(dirname(__filename), '..', '..');
  const { files, folders } = listCycles(root);
  for (const members of folders) console.log(`folders: ${members.join(' ')}`);
  for (const members of files) console.log(`files: ${members.join(' ')}`);
  process.exitCode = files.length || folders.length ? 1 : 0;
}
