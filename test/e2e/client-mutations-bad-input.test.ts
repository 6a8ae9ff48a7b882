// Every mutation of the Mobilizon web client that Convene serves, sent with bad input: a variable
// of the wrong type, a required variable missing, a huge string. Each answer is a field-level
// validation error (422, naming the variable) and no table changes. Table-driven from the
// client's own documents, so a mutation added to the schema is covered without writing a case.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GraphQLNonNull,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { CLIENT_OPS_DIR, hasClientOps, loadClientOperations, type ClientOperation } from '../support/client-ops.js';
import { openTestDataSource } from '../support/database.js';
import { readdirSync } from 'node:fs';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('client mutations bad-input test skipped: ../shared/mobilizon/client-ops is absent');

/** Tables the worker or the throttles write on their own (emails, jobs, attempt counters). */
const BUSY_TABLES = new Set(['jobs', 'outbox', 'sent_notifications', 'rate_limits', 'schema_migrations']);

const HUGE = 'x'.repeat(1024 * 1024);

/** A plausible value of an input type: what a client would send, so only the variable under test is wrong. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = sample(field.type);
    return value;
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '1';
    case 'DateTime':
      return '2031-05-04T10:00:00Z';
    case 'Timezone':
      return 'Europe/Paris';
    case 'Point':
      return '2.35;48.85';
    default:
      return 'text';
  }
}

/** A value no coercion accepts for the type. */
function wrong(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named) || isEnumType(named)) return isEnumType(named) ? 'NOT_A_VALUE' : 42;
  if (isScalarType(named) && ['Int', 'Float', 'Boolean'].includes(named.name)) return 'x';
  if (isScalarType(named) && named.name === 'Upload') return 'not-a-file';
  return { $gt: 0 };
}

interface Variable {
  name: string;
  type: GraphQLInputType;
  required: boolean;
}

function variablesOf(schema: GraphQLSchema, op: ClientOperation): Variable[] {
  const definition = parse(op.document).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return (definition.variableDefinitions ?? []).map((v) => {
    const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
    return { name: v.variable.name.value, type, required: type instanceof GraphQLNonNull && !v.defaultValue };
  });
}

run("the web client's mutations refuse bad input with field errors and store nothing", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let db: DataSource;
  let me: ConfirmedAccount;
  let tables: string[];

  const mutations: ClientOperation[] = hasClientOps
    ? readdirSync(CLIENT_OPS_DIR)
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .flatMap((file) => [...loadClientOperations(file).values()])
        .filter((op) => op.kind === 'mutation' && !op.clientOnly)
    : [];

  // Per table, its row count and the newest row version (xmin): an insert or delete moves the
  // count, an update writes a newer version, so a changed row shows even when the count holds.
  async function tableStates(): Promise<Record<string, string>> {
    const states: Record<string, string> = {};
    for (const table of tables) {
      const [row] = await db.query(`SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS state FROM "${table}"`);
      states[table] = row.state;
    }
    return states;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.client().gql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(res.data);
    db = await openTestDataSource();
    me = await createConfirmedAccount(app, { identities: [{ name: 'Me' }] });
    tables = (
      (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)) as { table_name: string }[]
    )
      .map((r) => r.table_name)
      .filter((t) => !BUSY_TABLES.has(t))
      .sort();
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  it('covers the mutations the schema serves', () => {
    const served = mutations.filter((op) => validate(schema, parse(op.document)).length === 0);
    // The client has many more; these are the ones Convene answers today (see compatibility.test.ts).
    expect(served.length).toBeGreaterThan(40);
  });

  it('answers every bad variable with one 422 naming it, and changes no table', async () => {
    const failures: string[] = [];
    const tried = { mutations: 0, cases: 0 };
    for (const op of mutations) {
      if (validate(schema, parse(op.document)).length > 0) continue;
      tried.mutations++;
      const variables = variablesOf(schema, op);
      const baseline = Object.fromEntries(variables.filter((v) => v.required).map((v) => [v.name, sample(v.type)]));
      const cases: { label: string; variable: string; values: Record<string, unknown> }[] = [];
      // A file cannot travel in JSON variables (multipart: bad-input.test.ts): with one required,
      // only the file variable itself is sent wrong.
      const upload = variables.find((v) => v.required && getNamedType(v.type).name === 'Upload');
      for (const v of upload ? [upload] : variables) {
        cases.push({ label: 'wrong type', variable: v.name, values: { ...baseline, [v.name]: wrong(v.type) } });
        if (v.required) {
          const { [v.name]: _, ...rest } = baseline;
          cases.push({ label: 'missing', variable: v.name, values: rest });
        }
        if (isScalarType(getNamedType(v.type)) && getNamedType(v.type).name === 'String' && !isListType(v.type)) {
          cases.push({ label: 'huge string', variable: v.name, values: { ...baseline, [v.name]: HUGE } });
        }
      }
      for (const c of cases) {
        tried.cases++;
        const before = await tableStates();
        const res: GqlResponse = await me.client.gql(op.document, c.values, op.operationName);
        const after = await tableStates();
        const where = `${op.operationName} ${c.label} ${c.variable}`;
        const first = res.errors?.[0];
        if (!first) failures.push(`${where}: no error (data ${JSON.stringify(res.data).slice(0, 120)})`);
        else if (first.status_code !== 422 || first.field !== c.variable)
          failures.push(`${where}: ${first.status_code} ${first.code} field=${first.field} ${first.message.slice(0, 100)}`);
        const changed = tables.filter((t) => before[t] !== after[t]);
        if (changed.length > 0) failures.push(`${where}: changed ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    // 42 mutations and 265 cases when written: the table really ran.
    expect(tried.mutations).toBeGreaterThan(40);
    expect(tried.cases).toBeGreaterThan(250);
  }, 600_000);
});
