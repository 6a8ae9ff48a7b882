// Bounds on what one request may ask for, checked before anything executes (ADR 10): tokens (at
// parse, graphql-js), depth, aliases and directives (graphql-armor's counters), and a cost
// computed by graphql-query-complexity with our estimator. The operations of one batched HTTP
// request share one cost budget. A client that goes away stops the fields not yet started.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../domain/shared/index.js';
import { ApiError } from './api-error.js';

export interface QueryLimits {
  /** Lexical tokens of the document (enforced by graphql-js while parsing). */
  maxTokens: number;
  /** Levels of selections; fragments and inline fragments add none. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Of one operation, and of all the operations of one batched request together. */
  maxCost: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
}

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost' | 'batch';

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  /** Null when the variables do not fit the operation: execution refuses it before any resolver. */
  cost: number | null;
}

/** How many items a list without a `limit` argument is assumed to hold (comment threads, tags…). */
export const UNBOUNDED_LIST_SIZE = 10;
/** Rows skipped by `page` cost one point per this many (an offset is read, then thrown away). */
const SKIPPED_ROWS_PER_POINT = 100;

const NOUNS: Record<LimitName, string> = {
  tokens: 'tokens',
  depth: 'levels of nesting',
  aliases: 'aliases',
  directives: 'directives',
  cost: 'cost points',
  batch: 'operations in one request',
};

/** Refused before execution. HTTP stays 200 (the contract: errors[] with status_code). */
export class QueryTooComplex extends ApiError {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    /** Null when counting stopped at the limit (the tokens of a document). */
    readonly actual: number | null,
  ) {
    super(
      'query_too_complex',
      `The request asks for too much: ${actual === null ? `more than ${max}` : actual} ${NOUNS[limit]}, at most ${max} allowed`,
    );
    Object.assign(this.extensions, { limit, max, actual, http: { status: 200 } });
  }

  /** The error as sent when no GraphQL request runs at all (a refused batch). */
  formatted(): GraphQLFormattedError & Record<string, unknown> {
    const { http: _http, ...extensions } = this.extensions;
    return { message: this.message, code: extensions.code, status_code: extensions.status_code, extensions };
  }
}

/**
 * Each object returned costs 1, scalars 0. A field with a `limit` argument multiplies by the page
 * size it will really return (the domain clamps every limit to MAX_PAGE_SIZE) and adds the rows
 * its `page` skips; other lists of objects are assumed to hold UNBOUNDED_LIST_SIZE items; the
 * `elements` of a page were counted by the field that took the limit. Introspection is free.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  const list = isListType(getNullableType(field.type));
  if (field.args.some((a) => a.name === 'limit')) {
    const size = pageSize(args.limit);
    const page = Number.isInteger(args.page) && (args.page as number) > 1 ? (args.page as number) : 1;
    const skipped = Math.floor(((page - 1) * size) / SKIPPED_ROWS_PER_POINT);
    // A plain list holds `size` items; a page object holds them in its `elements`.
    return (list ? size * (own + childComplexity) : own + size * childComplexity) + skipped;
  }
  if (list && field.name !== 'elements') return UNBOUNDED_LIST_SIZE * (own + childComplexity);
  return own + childComplexity;
};

function pageSize(limit: unknown): number {
  return Number.isInteger(limit) && (limit as number) > 0 ? Math.min(limit as number, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** Depth, aliases and directives of the document's deepest/widest operation, and the cost of the one to run. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> },
): OperationMeasure {
  const measure: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: null };
  const keep = (key: 'depth' | 'aliases' | 'directives') => [
    (_: unknown, found: { n: number }) => (measure[key] = Math.max(measure[key], found.n)),
  ];
  // Counting only (the limits are compared below): no limit of theirs can be hit.
  const n = Number.MAX_SAFE_INTEGER;
  validate(schema, document, [
    maxDepthRule({ n, flattenFragments: true, onAccept: keep('depth') }),
    maxAliasesRule({ n, onAccept: keep('aliases') }),
    maxDirectivesRule({ n, onAccept: keep('directives') }),
  ]);
  try {
    measure.cost = getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [costEstimator],
    });
  } catch (error) {
    // Missing or ill-typed variables: graphql-js refuses the operation the same way before it starts.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return measure;
}

/** The first limit the measure exceeds, as the error to answer. */
export function exceededLimit(measure: OperationMeasure, limits: QueryLimits, costSoFar = 0): QueryTooComplex | null {
  if (measure.depth > limits.maxDepth) return new QueryTooComplex('depth', limits.maxDepth, measure.depth);
  if (measure.aliases > limits.maxAliases) return new QueryTooComplex('aliases', limits.maxAliases, measure.aliases);
  if (measure.directives > limits.maxDirectives) return new QueryTooComplex('directives', limits.maxDirectives, measure.directives);
  const cost = costSoFar + (measure.cost ?? 0);
  if (cost > limits.maxCost) return new QueryTooComplex('cost', limits.maxCost, cost);
  return null;
}

interface HasResponse {
  req?: { res?: ServerResponse };
}

/** Cost spent per HTTP request (Apollo gives each operation of a batch a shallow copy of the context). */
const spent = new WeakMap<object, { cost: number }>();

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ contextValue }) {
      const req = (contextValue as HasResponse).req;
      const res = req?.res;
      const httpRequest: object = req ?? contextValue;
      let gone = false;
      const onClose = () => (gone = !res!.writableFinished);
      res?.once('close', onClose);
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const budget = spent.get(httpRequest) ?? { cost: 0 };
          spent.set(httpRequest, budget);
          const measure = measureOperation(schema, document, { operationName, variables: request.variables });
          const refusal = exceededLimit(measure, limits, budget.cost);
          if (refusal) throw refusal;
          budget.cost += measure.cost ?? 0;
        },
        async executionDidStart() {
          return {
            // graphql-js cannot abort an execution; refusing every field not yet started ends it quickly.
            willResolveField() {
              if (gone) throw new ApiError('internal', 'The client went away');
            },
          };
        },
        async willSendResponse() {
          res?.off('close', onClose);
        },
      };
    },
  };
}

/** Express middleware on `/api`, after the body parsers: a JSON array longer than maxBatch is refused whole. */
export function batchLimit(limits: QueryLimits) {
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: () => void): void => {
    if (!Array.isArray(req.body) || req.body.length <= limits.maxBatch) return next();
    const error = new QueryTooComplex('batch', limits.maxBatch, req.body.length);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [error.formatted()] }));
  };
}
