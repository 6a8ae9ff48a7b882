#!/usr/bin/env node
// `convene` admin CLI launcher (`npx convene --help`). Runs the compiled dist/cli.js, building it
// first when it is missing or older than the sources (a fresh `npm ci`, a `git pull`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'cli.js');
const sources = path.join(root, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts') || item.name.endsWith('.hbs') || item.name.endsWith('.json'))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

// An image holding only dist/ (no src/) runs what it has.
const stale = !existsSync(entry) || (existsSync(sources) && newestSource(sources) > statSync(entry).mtimeMs);
if (stale) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    process.stderr.write(
      `convene: ${entry} is missing or outdated and TypeScript is not installed: run \`npm ci\` then \`npm run build\`\n`,
    );
    process.exit(1);
  }
  process.stderr.write('convene: building (npm run build)…\n');
  // Its output goes to stderr: stdout carries only the command's answer.
  const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (!existsSync(entry)) {
    process.stderr.write(`convene: the build failed (exit ${build.status}); see the messages above\n`);
    process.exit(1);
  }
  // tsc still emits when types are wrong; say so, then run what was emitted.
  if (build.status !== 0) process.stderr.write('convene: the build reported type errors; running the emitted code anyway\n');
}

await import(pathToFileURL(entry).href);
