// Reads the Mobilizon web client's GraphQL operations from ../shared/mobilizon/client-ops (never
// copied into the project). Each file holds `# const NAME` blocks; fragments may sit in any block.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DIR = path.resolve(process.cwd(), '../shared');
export const CLIENT_OPS_DIR = path.join(SHARED_DIR, 'mobilizon/client-ops');
export const hasClientOps = existsSync(CLIENT_OPS_DIR);

export interface ClientOperation {
  /** The `# const NAME` of the block. */
  constName: string;
  /** The GraphQL operation name (`mutation Login` → `Login`). */
  operationName: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The operation with every fragment it uses appended: ready to send. */
  document: string;
  clientOnly: boolean;
}

function blocks(text: string): { name: string; body: string }[] {
  const result: { name: string; body: string }[] = [];
  let current: { name: string; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    const header = line.match(/^# const ([A-Z0-9_]+)/);
    if (header) {
      if (current) result.push({ name: current.name, body: current.lines.join('\n') });
      current = { name: header[1], lines: [] };
    } else if (current && !line.startsWith('#') && !line.trimStart().startsWith('# ')) {
      current.lines.push(line);
    }
  }
  if (current) result.push({ name: current.name, body: current.lines.join('\n') });
  return result;
}

function allFragments(): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const file of readdirSync(CLIENT_OPS_DIR).filter((f) => f.endsWith('.graphql'))) {
    for (const block of blocks(readFileSync(path.join(CLIENT_OPS_DIR, file), 'utf8'))) {
      for (const match of block.body.matchAll(/fragment\s+(\w+)\s+on\s+\w+\s*\{/g)) {
        // The fragment's text runs from its keyword to its matching closing brace.
        const start = match.index!;
        let depth = 0;
        let end = start;
        for (let i = block.body.indexOf('{', start); i < block.body.length; i++) {
          if (block.body[i] === '{') depth++;
          if (block.body[i] === '}') depth--;
          if (depth === 0) {
            end = i + 1;
            break;
          }
        }
        if (!fragments.has(match[1])) fragments.set(match[1], block.body.slice(start, end));
      }
    }
  }
  return fragments;
}

function withFragments(body: string, fragments: Map<string, string>): string {
  const included = new Set<string>();
  const parts = [body.trim()];
  const queue = [...body.matchAll(/\.\.\.\s*(\w+)/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name === 'on' || included.has(name) || body.includes(`fragment ${name} on`)) continue;
    const fragment = fragments.get(name);
    if (!fragment) continue; // inline fragments (`... on X`) are not spreads
    included.add(name);
    parts.push(fragment);
    queue.push(...[...fragment.matchAll(/\.\.\.\s*(\w+)/g)].map((m) => m[1]));
  }
  return parts.join('\n\n');
}

/** The operations of one client-ops file (e.g. 'auth.graphql'), by `# const` name. */
export function loadClientOperations(file: string): Map<string, ClientOperation> {
  const fragments = allFragments();
  const ops = new Map<string, ClientOperation>();
  for (const block of blocks(readFileSync(path.join(CLIENT_OPS_DIR, file), 'utf8'))) {
    const match = block.body.match(/^\s*(query|mutation|subscription)\s*(\w*)/m);
    if (!match) continue; // a fragment block
    ops.set(block.name, {
      constName: block.name,
      operationName: match[2],
      kind: match[1] as ClientOperation['kind'],
      document: withFragments(block.body, fragments),
      clientOnly: /@client\b/.test(block.body),
    });
  }
  return ops;
}

/** Runs the `# const NAME` operation of a file through a test client. */
export function operation(file: string, constName: string): ClientOperation {
  const op = loadClientOperations(file).get(constName);
  if (!op) throw new Error(`${constName} not found in ${file}`);
  return op;
}
