// Query limits (issue 12.3, ADR 10) through a running instance: the deep query, alias
// bombs, an over-costly query and a batch of 100 are refused before they run while another
// connection's probe is answered; batches share one cost budget; and every operation of the
// Mobilizon web client stays well under every limit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { measureOperation, type QueryLimits } from '../../src/adapters/graphql/shared/query-limits.js';
import { MAX_PAGE_SIZE } from '../../src/domain/shared/index.js';
import { createConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { hasClientOps, loadClientOperations, CLIENT_OPS_DIR, SHARED_DIR } from '../support/client-ops.js';
import { sampleVariables } from '../support/sample-variables.js';

const PROBE = '{ config { name } }';

/** `organizerActor { ... on Person { organizedEvents { elements { … } } } }`, `levels` times. */
function organizerChain(levels: number, limit?: number): string {
  const args = limit === undefined ? '' : `(limit: ${limit})`;
  let inner = 'id title';
  for (let i = 0; i < levels; i++) inner = `organizerActor { ... on Person { organizedEvents${args} { elements { id ${inner} } } } }`;
  return inner;
}

/** POSTs any body to /api (a batch is a JSON array), from its own client address. */
async function post(app: TestApp, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${app.url}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': app.client().ip, authorization: 'null' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

function expectRefused(res: GqlResponse, limit: string): void {
  expect(res.status).toBe(200);
  expect(res.data).toBeUndefined(); // nothing ran
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0]).toMatchObject({ code: 'query_too_complex', status_code: 422, extensions: { limit } });
  expect(res.errors![0].message).toMatch(/^The request asks for too much: /);
}

// One instance for the file: both parts read its schema and limits.
let app: TestApp;
let schema: GraphQLSchema;
let limits: QueryLimits;

beforeAll(async () => {
  app = await startTestApp();
  schema = app.convene.app.get(GraphQLSchemaHost).schema;
  limits = app.convene.config.graphqlLimits;
});
afterAll(async () => {
  await app?.close();
});

describe('query limits', () => {
  let uuid: string;

  beforeAll(async () => {
    const organizer = await createConfirmedAccount(app);
    const created = await organizer.client.gql(
      `mutation($a: ID!, $b: DateTime!) { createEvent(organizerActorId: $a, title: "Public", description: "", beginsOn: $b) { uuid } }`,
      { a: organizer.persons[0].id, b: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    );
    expect(created.errors).toBeUndefined();
    uuid = created.data.createEvent.uuid;
  });

  it("refuses the issue's deep query, alias bombs, a costly query and a batch of 100 while another connection's probe answers", async () => {
    const attacker = app.client();
    const deep = `query($uuid: UUID!) { event(uuid: $uuid) { ${organizerChain(30)} } }`;
    const bomb = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: searchEvents(term: "x") { total }`).join(' ')} }`;
    // Within depth and aliases, but thousands of events: 100 per page, three levels down.
    const costly = `{ events(limit: 100) { elements { ${organizerChain(2, 100)} } } }`;
    expect(measureOperation(schema, parse(costly), {}).depth).toBeLessThanOrEqual(limits.maxDepth);

    const [deepRes, bigBomb, smallBomb, costlyRes, batch, probe] = await Promise.all([
      attacker.gql(deep, { uuid }),
      attacker.gql(bomb(1000)),
      attacker.gql(bomb(limits.maxAliases + 1)),
      attacker.gql(costly),
      post(
        app,
        Array.from({ length: 100 }, () => ({ query: PROBE })),
      ),
      app.client().gql(PROBE),
    ]);

    expectRefused(deepRes, 'depth');
    expect(deepRes.errors![0].extensions).toMatchObject({ max: limits.maxDepth, actual: measureOperation(schema, parse(deep), {}).depth });
    expectRefused(bigBomb, 'tokens'); // 1,000 aliases are more tokens than a document may hold
    expectRefused(smallBomb, 'aliases');
    expectRefused(costlyRes, 'cost');
    expect(batch.status).toBe(200);
    expect(batch.body.errors).toMatchObject([
      { code: 'query_too_complex', status_code: 422, extensions: { limit: 'batch', max: limits.maxBatch, actual: 100 } },
    ]);
    expect(probe.errors).toBeUndefined();
    expect(probe.data.config.name).toEqual(expect.any(String));
  });

  it('still answers the reasonable shapes of those queries', async () => {
    const shallow = await app.client().gql(`query($uuid: UUID!) { event(uuid: $uuid) { ${organizerChain(2)} } }`, { uuid });
    expect(shallow.errors).toBeUndefined();
    expect(shallow.data.event.organizerActor.organizedEvents.elements.map((e: { id: string }) => e.id)).toHaveLength(1);
    const aliases = await app.client().gql(`{ a: config { name } b: config { name } }`);
    expect(aliases.errors).toBeUndefined();
    expect(aliases.data.a).toEqual(aliases.data.b);
  });

  it('answers a batch within the limits, its operations sharing one cost budget', async () => {
    const small = await post(app, [
      { query: PROBE },
      { query: `query($uuid: UUID!) { event(uuid: $uuid) { uuid } }`, variables: { uuid } },
    ]);
    expect(small.status).toBe(200);
    expect(small.body).toMatchObject([{ data: { config: { name: expect.any(String) } } }, { data: { event: { uuid } } }]);

    // The smallest page size that makes one operation cost more than half the budget: one such
    // operation runs, two in one request do not.
    const costOf = (size: number) => measureOperation(schema, parse(heavy(size)), {}).cost!;
    const heavy = (size: number) => `{ events(limit: 100) { elements { ${organizerChain(1, size)} } } }`;
    const size = Array.from({ length: MAX_PAGE_SIZE }, (_, i) => i + 1).find((s) => costOf(s) > limits.maxCost / 2);
    expect(size).toBeDefined();
    expect(costOf(size!)).toBeLessThanOrEqual(limits.maxCost);
    const alone = await app.client().gql(heavy(size!));
    expect(alone.errors).toBeUndefined();
    const pair = await post(app, [{ query: heavy(size!) }, { query: heavy(size!) }]);
    const refusals = pair.body.filter((r: { errors?: unknown[] }) => r.errors);
    expect(pair.body).toHaveLength(2);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ errors: [{ code: 'query_too_complex', extensions: { limit: 'cost' } }] });
    expect(refusals[0].data).toBeUndefined();
  });
});

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('client operation limits skipped: ../shared/mobilizon/client-ops is absent');

run('the Mobilizon web client operations stay well under every limit', () => {
  let mobilizon: GraphQLSchema;
  const files = hasClientOps ? readdirSync(CLIENT_OPS_DIR).filter((f) => f.endsWith('.graphql')) : [];

  beforeAll(() => {
    mobilizon = buildSchema(readFileSync(path.join(SHARED_DIR, 'mobilizon/schema.graphql'), 'utf8'));
  });

  it('measures every operation (the running schema where it validates, else Mobilizon’s) at the largest page size', () => {
    const measured = new Map<string, number>();
    const over: string[] = [];
    for (const file of files) {
      for (const op of loadClientOperations(file).values()) {
        if (op.clientOnly) continue;
        const key = `${file}:${op.constName}`;
        const document = parse(op.document);
        const valid = [schema, mobilizon].find((candidate) => validate(candidate, document).length === 0);
        const measuredIn = valid ?? mobilizon;
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
        const m = measureOperation(measuredIn, document, { variables: sampleVariables(measuredIn, operation, MAX_PAGE_SIZE) });
        // Valid in neither schema (AuthorizeApplication passes `redirectURI:`), it is refused before
        // its cost matters; any other must have a cost.
        if (m.cost === null && valid) over.push(`${key}: cost not measured`);
        if (m.cost !== null) measured.set(op.operationName, m.cost);
        // Well under: at most half of each limit.
        const checks: [string, number | null, number][] = [
          ['depth', m.depth, limits.maxDepth],
          ['aliases', m.aliases, limits.maxAliases],
          ['directives', m.directives, limits.maxDirectives],
          ['cost', m.cost, limits.maxCost],
        ];
        for (const [name, value, max] of checks) if (value !== null && value > max / 2) over.push(`${key}: ${name} ${value} of ${max}`);
        // The parser counts tokens: parsing with half the limit proves the margin.
        try {
          parse(op.document, { maxTokens: Math.floor(limits.maxTokens / 2) });
        } catch {
          over.push(`${key}: more than half of ${limits.maxTokens} tokens`);
        }
      }
    }
    expect(over).toEqual([]);
    // The heaviest screens of the client are among them.
    for (const name of ['FetchEvent', 'FullConfig', 'LoggedUserParticipations', 'FetchEvents', 'SearchEvents']) {
      expect(measured.get(name)).toBeGreaterThan(0);
    }
    expect(measured.size).toBeGreaterThan(150);
  });
});
