// The layer rules of .dependency-cruiser.cjs (ADR 0001) are only worth something if they fire:
// cruise a small tree that breaks each rule once next to allowed look-alikes, then the real src.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = path.join(root, '.dependency-cruiser.cjs');

interface Cruise {
  code: number;
  output: string;
}

function cruise(cwd: string, outputType: 'json' | 'err'): Promise<Cruise> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [depcruise, 'src', '--config', config, '--output-type', outputType],
      { cwd, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

// path → content. Comments say which line must be caught; everything else must pass.
const fixture: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'fixture',
    type: 'module',
    dependencies: { '@nestjs/common': '*', typeorm: '*' },
    devDependencies: { '@jest/globals': '*', mailparser: '*' },
  }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true },
    include: ['src', 'test'],
  }),
  'src/domain/shared/result.ts': 'export type Result<T> = { ok: true; value: T } | { ok: false };\n',
  'src/domain/shared/index.ts': "export * from './result.js';\n",
  'src/domain/identities/person.ts': 'export class Person {}\n',
  'src/domain/identities/index.ts': "export { Person } from './person.js';\n",
  'src/domain/events/event.ts': [
    "import { randomUUID } from 'node:crypto';",
    "import { Injectable } from '@nestjs/common';", // domain-is-pure
    "import type { DataSource } from 'typeorm';", // domain-is-pure, even for a type
    "import { Person } from '../identities/index.js';",
    "import type { Result } from '../shared/result.js';",
    'export const made: Result<unknown> = { ok: true, value: [randomUUID(), Injectable, Person] };',
    'export type Source = DataSource;',
  ].join('\n'),
  'src/domain/events/index.ts': "export * from './event.js';\n",
  'src/domain/events/use-cases/create-event.ts': [
    "import { Person } from '../../identities/person.js';", // domain-module-through-index
    "import { made } from '../event.js';",
    "import type { Result } from '../../shared/index.js';",
    'export const createEvent = (): Result<unknown> => ({ ok: true, value: [Person, made] });',
  ].join('\n'),
  'src/domain/events/event.spec.ts': [
    "import { it } from '@jest/globals';",
    "import { made } from './event.js';",
    "import { FakeClock } from '../../../test/fakes/fake-clock.js';",
    "import { EventRecord } from '../../adapters/typeorm/events/event.record.js';", // domain-spec-is-pure
    'it("runs", () => [made, FakeClock, EventRecord]);',
  ].join('\n'),
  // Two domain modules that need each other, if only for types: caught. Within a module: allowed.
  'src/domain/tickets/ticket.ts': "import type { Seat } from '../seats/index.js';\nexport interface Ticket { seat: Seat }\n",
  'src/domain/tickets/index.ts': "export * from './ticket.js';\n",
  'src/domain/seats/seat.ts': [
    "import type { Ticket } from '../tickets/index.js';", // domain-modules-acyclic (reported once per cycle)
    "import type { SeatError } from './seat.errors.js';",
    'export interface Seat { tickets: Ticket[]; error?: SeatError }',
  ].join('\n'),
  'src/domain/seats/seat.errors.ts':
    "import type { Seat } from './seat.js';\nexport type SeatError = { type: 'seat-taken'; seat: Seat };\n",
  'src/domain/seats/index.ts': "export * from './seat.js';\n",
  'src/adapters/shared/url.ts': 'export const url = (p: string) => new URL(p, "http://x");\n',
  'src/adapters/bull/queue.ts': 'export const queue = [];\n',
  // Two entities that point at each other: allowed.
  'src/adapters/typeorm/events/event.record.ts':
    "import { PersonRecord } from './person.record.js';\nexport class EventRecord { p = PersonRecord; }\n",
  'src/adapters/typeorm/events/person.record.ts':
    "import { EventRecord } from './event.record.js';\nexport class PersonRecord { e = () => EventRecord; }\n",
  'src/adapters/typeorm/events/typeorm-event.repository.ts': [
    "import { EventRecord } from './event.record.js';",
    "import { url } from '../../shared/url.js';",
    "import { queue } from '../../bull/queue.js';", // adapters-stay-in-their-technology
    "import { settings } from '../../../modules/config.js';", // only-modules-wire
    'export const repository = [EventRecord, url, queue, settings];',
  ].join('\n'),
  // A runtime cycle: caught.
  'src/adapters/graphql/a.resolver.ts': [
    "import { b } from './b.resolver.js';", // no-circular
    "import { FakeClock } from '../../../test/fakes/fake-clock.js';", // not-to-test-code
    'export const a = () => [b, FakeClock];',
  ].join('\n'),
  'src/adapters/graphql/b.resolver.ts': "import { a } from './a.resolver.js';\nexport const b = () => a;\n",
  // A cycle through a type-only import is erased by the compiler: allowed.
  'src/adapters/graphql/c.object.ts': "import type { D } from './d.object.js';\nexport class C { d?: D; }\n",
  'src/adapters/graphql/d.object.ts': "import { C } from './c.object.js';\nexport class D { c = new C(); }\n",
  // Calendar formats are shared by HTTP and mail; of ActivityPub, HTTP pages may use the AS2 documents only.
  'src/adapters/calendar/ics.ts': "import { url } from '../shared/url.js';\nexport const ics = () => url('/x.ics');\n",
  'src/adapters/activitypub/activity-streams.ts': 'export const asJson = () => ({});\n',
  'src/adapters/activitypub/inbox.ts': 'export const inbox = () => [];\n',
  'src/adapters/http/events/event-page.ts': [
    "import { ics } from '../../calendar/ics.js';",
    "import { asJson } from '../../activitypub/activity-streams.js';",
    "import { inbox } from '../../activitypub/inbox.js';", // adapters-stay-in-their-technology
    "import { queue } from '../../bull/queue.js';", // adapters-stay-in-their-technology
    'export const page = [ics, asJson, inbox, queue];',
  ].join('\n'),
  'src/adapters/mail/attachment.ts': [
    "import { ics } from '../calendar/ics.js';",
    "import { asJson } from '../activitypub/activity-streams.js';", // adapters-stay-in-their-technology
    'export const attachment = [ics, asJson];',
  ].join('\n'),
  'src/adapters/mail/reader.ts': [
    "import { simpleParser } from 'mailparser';", // not-to-dev-dependency
    "import { graphql } from 'graphql';", // no-non-package-json (installed, but not in this package.json)
    "import { missing } from './missing.js';", // not-to-unresolvable
    'export const reader = [simpleParser, graphql, missing];',
  ].join('\n'),
  'src/modules/events.module.ts': [
    "import { repository } from '../adapters/typeorm/events/typeorm-event.repository.js';",
    "import { createEvent } from '../domain/events/use-cases/create-event.js';",
    'export const wiring = [repository, createEvent];',
  ].join('\n'),
  'src/modules/config.ts': 'export const settings = {};\n',
  'src/main.ts': "import { wiring } from './modules/events.module.js';\nexport default wiring;\n",
  'test/fakes/fake-clock.ts': 'export class FakeClock {}\n',
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  let dir: string;
  let fixtureJson: Cruise;
  let fixtureText: Cruise;
  let realText: Cruise;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'convene-depcruise-'));
    for (const [file, content] of Object.entries(fixture)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    // Real packages, so npm imports resolve as they do in the project.
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // Three cruises of a few seconds each, side by side; a generous limit: the machine may be busy.
    [fixtureJson, fixtureText, realText] = await Promise.all([cruise(dir, 'json'), cruise(dir, 'err'), cruise(root, 'err')]);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('catches exactly the offending imports of a tree that breaks each rule once', () => {
    // The json reporter always exits 0; the exit code is checked with the text reporter below.
    const { output } = fixtureJson;

    const violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
    // npm packages resolve through the symlink to a real path inside the package: keep its name.
    const found = violations
      .map((v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1')}`)
      .sort();
    const expected = [
      'adapters-stay-in-their-technology: src/adapters/http/events/event-page.ts -> src/adapters/activitypub/inbox.ts',
      'adapters-stay-in-their-technology: src/adapters/http/events/event-page.ts -> src/adapters/bull/queue.ts',
      'adapters-stay-in-their-technology: src/adapters/mail/attachment.ts -> src/adapters/activitypub/activity-streams.ts',
      'adapters-stay-in-their-technology: src/adapters/typeorm/events/typeorm-event.repository.ts -> src/adapters/bull/queue.ts',
      'domain-is-pure: src/domain/events/event.ts -> @nestjs/common',
      'domain-is-pure: src/domain/events/event.ts -> typeorm',
      'domain-module-through-index: src/domain/events/use-cases/create-event.ts -> src/domain/identities/person.ts',
      'domain-modules-acyclic: src/domain/seats/index.ts -> src/domain/seats/seat.ts',
      'domain-spec-is-pure: src/domain/events/event.spec.ts -> src/adapters/typeorm/events/event.record.ts',
      'no-circular: src/adapters/graphql/a.resolver.ts -> src/adapters/graphql/b.resolver.ts',
      'no-non-package-json: src/adapters/mail/reader.ts -> graphql',
      'not-to-dev-dependency: src/adapters/mail/reader.ts -> mailparser',
      'not-to-test-code: src/adapters/graphql/a.resolver.ts -> test/fakes/fake-clock.ts',
      'not-to-unresolvable: src/adapters/mail/reader.ts -> ./missing.js',
      'only-modules-wire: src/adapters/typeorm/events/typeorm-event.repository.ts -> src/modules/config.ts',
    ];
    expect(found).toEqual(expected);
  });

  it('exits non-zero and names the broken rules for a person reading the CI log', () => {
    const { code, output } = fixtureText;
    expect(code).not.toBe(0);
    expect(output).toContain('error domain-is-pure: src/domain/events/event.ts');
    expect(output).toContain('error adapters-stay-in-their-technology:');
  });

  it('passes on the real src tree', () => {
    const { code, output } = realText;
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });
});
