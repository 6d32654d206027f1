/*
 * Test helpers shared by the export tests. The app's tsconfig has no Node types, so `node:`
 * imports do not type-check here; Node's `process.getBuiltinModule` (Node ≥ 20.16) reaches
 * child_process and fs without them.
 */
interface SpawnResult {
  status: number | null;
  stderr: string;
  error?: Error;
}
interface ChildProcess {
  spawnSync(
    command: string,
    args: string[],
    options: { input?: string; encoding: 'utf8' },
  ): SpawnResult;
}
interface FileSystem {
  readFileSync(path: string, encoding: 'utf8'): string;
}
const nodeProcess = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; cwd?: () => string } }
).process;
const childProcess = nodeProcess?.getBuiltinModule?.('node:child_process') as
  ChildProcess | undefined;
const fileSystem = nodeProcess?.getBuiltinModule?.('node:fs') as FileSystem | undefined;

export const HAS_PYTHON =
  childProcess !== undefined &&
  !childProcess.spawnSync('python3', ['--version'], { encoding: 'utf8' }).error;

/** Bracket and quote balance, ignoring comments: the check used when python3 is missing. */
export function structuralError(source: string): string | null {
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  let inDocstring = false;
  for (const [n, line] of source.split('\n').entries()) {
    if (line.trim() === '"""') {
      inDocstring = !inDocstring;
      continue;
    }
    if (inDocstring) continue;
    for (let i = 0; i < line.length; i++) {
      const c = line.charAt(i);
      if (c === '#') break;
      if (c === '"' || c === "'") {
        let end = i + 1;
        while (end < line.length && (line[end] !== c || line[end - 1] === '\\')) end++;
        if (end >= line.length) return `line ${n + 1}: unclosed string`;
        i = end;
      } else if ('([{'.includes(c)) stack.push(c);
      else if (c in closing && stack.pop() !== closing[c]) return `line ${n + 1}: unbalanced ${c}`;
    }
  }
  return stack.length > 0 ? `unclosed ${stack.join('')}` : null;
}

/** Python's own parser (ast.parse on the script, fed through stdin), else the structural check. */
export function syntaxError(source: string): string | null {
  if (!HAS_PYTHON || !childProcess) return structuralError(source);
  const check = 'import ast, sys; ast.parse(sys.stdin.read(), "train.py")';
  const run = childProcess.spawnSync('python3', ['-c', check], { input: source, encoding: 'utf8' });
  return run.status === 0 ? null : run.stderr || 'python3 failed';
}

/** A file of the repository, read from the working directory vitest runs in. */
export function repoFile(path: string): string {
  if (!fileSystem || !nodeProcess?.cwd) throw new Error('Node fs is not available');
  return fileSystem.readFileSync(`${nodeProcess.cwd()}/${path}`, 'utf8');
}

/** The `NAME = value` constants of a generated script (the plan block), values as written. */
export function pythonConstants(source: string): Record<string, string> {
  const constants: Record<string, string> = {};
  for (const match of source.matchAll(/^([A-Z][A-Z0-9_]*) = (.+?)(?:\s+#.*)?$/gm)) {
    const [, name = '', value = ''] = match;
    constants[name] ??= value;
  }
  return constants;
}

/** Python's parser over many scripts in one process: the names of those that do not parse. */
export function unparsable(sources: Record<string, string>): string[] {
  if (!HAS_PYTHON || !childProcess) {
    return Object.entries(sources)
      .filter(([, source]) => structuralError(source) !== null)
      .map(([name]) => name);
  }
  const check = [
    'import ast, json, sys',
    'bad = []',
    'for name, source in json.load(sys.stdin).items():',
    '    try:',
    '        ast.parse(source, name)',
    '    except SyntaxError:',
    '        bad.append(name)',
    'print(json.dumps(bad))',
  ].join('\n');
  const run = childProcess.spawnSync('python3', ['-c', check], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  }) as SpawnResult & { stdout?: string };
  if (run.status !== 0) return [run.stderr || 'python3 failed'];
  return JSON.parse(run.stdout ?? '[]') as string[];
}
