import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { EventEmitter } from 'node:events';
import { MAX_PAGE_SIZE } from '../../../domain/shared/index.js';
import { exceededLimit, measureOperation, queryLimitsPlugin, UNBOUNDED_LIST_SIZE, type QueryLimits } from './query-limits.js';

const typeDefs = `
  type Query { event(id: ID): Event, events(page: Int = 1, limit: Int = 10): EventPage, slow: Slow }
  type EventPage { total: Int, elements: [Event] }
  type Event { id: ID, title: String, organizer: Person, tags: [Tag], comments(limit: Int): [Comment] }
  type Person { id: ID, events(limit: Int): EventPage }
  type Tag { id: ID }
  type Comment { id: ID }
  type Slow { id: ID, child: Slow }
`;
const schema = buildSchema(typeDefs);

const cost = (query: string, variables: Record<string, unknown> = {}) => measureOperation(schema, parse(query), { variables }).cost;

const limits: QueryLimits = { maxTokens: 1000, maxDepth: 5, maxAliases: 2, maxDirectives: 2, maxCost: 100, maxBatch: 3 };

describe('query cost', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ event(id: 1) { id } }')).toBe(1);
    expect(cost('{ event(id: 1) { id title } }')).toBe(1);
    expect(cost('{ event(id: 1) { id organizer { id } } }')).toBe(2);
  });

  it('multiplies a page by the limit asked for (or the default), counting its elements once', () => {
    const one = cost('{ event(id: 1) { organizer { id } } }')!; // event + organizer
    const page = (limit: string) => cost(`{ events${limit} { total elements { organizer { id } } } }`)!;
    // events (1) + limit × (element 1 + organizer 1); `elements` itself is not multiplied again.
    expect(page('(limit: 7)')).toBe(1 + 7 * one);
    expect(page('')).toBe(1 + 10 * one);
    expect(cost('query($n: Int) { events(limit: $n) { elements { id } } }', { n: 3 })).toBe(1 + 3);
  });

  it('caps the multiplier at the largest page the domain returns, and counts skipped rows', () => {
    const asked = cost('{ events(limit: 100000) { elements { id } } }');
    expect(asked).toBe(1 + MAX_PAGE_SIZE);
    const deep = cost('{ events(limit: 100, page: 51) { elements { id } } }');
    expect(deep).toBe(1 + MAX_PAGE_SIZE + (50 * MAX_PAGE_SIZE) / 100);
  });

  it('assumes a size for lists without a limit, and nests multipliers', () => {
    expect(cost('{ event(id: 1) { tags { id } } }')).toBe(1 + UNBOUNDED_LIST_SIZE);
    expect(cost('{ event(id: 1) { comments(limit: 4) { id } } }')).toBe(1 + 4);
    const nested = cost('{ events(limit: 5) { elements { organizer { events(limit: 5) { elements { id } } } } } }');
    expect(nested).toBe(1 + 5 * (1 + 1 + (1 + 5 * 1)));
  });

  it('leaves introspection free', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost('{ __typename event(id: 1) { __typename id } }')).toBe(1);
  });

  it('has no cost when the variables do not fit: execution refuses them itself', () => {
    expect(cost('query($id: ID!) { event(id: $id) { id } }')).toBeNull();
  });
});

describe('query shape', () => {
  it('measures depth without counting fragments as levels, aliases and directives', () => {
    const document = parse(`
      query { a: event(id: 1) { organizer { ...P } } b: event(id: 2) @include(if: true) { id } }
      fragment P on Person { events { elements { organizer { id } } } }`);
    expect(measureOperation(schema, document, {})).toMatchObject({ depth: 6, aliases: 2, directives: 1 });
  });

  it('names the first limit exceeded, with the allowed and the found amount', () => {
    const within = { depth: 5, aliases: 2, directives: 2, cost: 100 };
    expect(exceededLimit(within, limits)).toBeNull();
    expect(exceededLimit({ ...within, depth: 6 }, limits)?.extensions).toMatchObject({
      code: 'query_too_complex',
      status_code: 422,
      limit: 'depth',
      max: 5,
      actual: 6,
    });
    expect(exceededLimit({ ...within, aliases: 3 }, limits)?.limit).toBe('aliases');
    expect(exceededLimit({ ...within, directives: 3 }, limits)?.limit).toBe('directives');
    expect(exceededLimit({ ...within, cost: 101 }, limits)?.limit).toBe('cost');
    // What earlier operations of the same batch spent counts too.
    expect(exceededLimit({ ...within, cost: 60 }, limits, 41)?.message).toBe(
      'The request asks for too much: 101 cost points, at most 100 allowed',
    );
  });
});

describe('queryLimitsPlugin', () => {
  function serverWith(resolvers: Record<string, Record<string, (...args: never[]) => unknown>>) {
    return new ApolloServer({ typeDefs, resolvers, plugins: [queryLimitsPlugin(limits)] });
  }

  it('refuses an operation over a limit before any resolver runs', async () => {
    let calls = 0;
    const server = serverWith({ Query: { event: () => (calls++, { id: '1' }) } });
    await server.start();
    const response = await server.executeOperation({ query: '{ a: event(id: 1) { id } b: event(id: 2) { id } c: event(id: 3) { id } }' });
    await server.stop();
    expect(response.body.kind === 'single' && response.body.singleResult).toMatchObject({
      errors: [{ extensions: { code: 'query_too_complex', limit: 'aliases', max: 2, actual: 3 } }],
    });
    expect(response.http.status).toBe(200);
    expect(calls).toBe(0);
  });

  it('stops resolving the fields not yet started once the client has gone away', async () => {
    const res = Object.assign(new EventEmitter(), { writableFinished: false });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const resolved: string[] = [];
    const server = serverWith({
      Query: {
        slow: async () => {
          resolved.push('slow');
          res.emit('close'); // the client disconnects while the first resolver waits
          await gate;
          return { id: '1' };
        },
      },
      Slow: { child: () => (resolved.push('child'), { id: '2' }) },
    });
    await server.start();
    const pending = server.executeOperation({ query: '{ slow { id child { id child { id } } } }' }, { contextValue: { req: { res } } });
    release();
    const response = await pending;
    await server.stop();
    expect(resolved).toEqual(['slow']);
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0].message).toBe('The client went away');
  });

  it('lets an answered request release its listener', async () => {
    const res = Object.assign(new EventEmitter(), { writableFinished: false });
    const server = serverWith({ Query: { event: () => ({ id: '1' }) } });
    await server.start();
    const response = await server.executeOperation({ query: '{ event(id: 1) { id } }' }, { contextValue: { req: { res } } });
    await server.stop();
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ event: { id: '1' } });
    expect(res.listenerCount('close')).toBe(0);
  });
});
