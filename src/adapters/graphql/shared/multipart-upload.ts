// GraphQL file uploads over multipart/form-data, in the two conventions clients use:
//  (a) Absinthe (Mobilizon's web client): fields `query`, `variables` (JSON), `operationName`; a
//      file variable holds the *name of the form part* carrying the file, at any depth.
//  (b) graphql-multipart-request-spec: fields `operations` (JSON), `map` (JSON: part name →
//      ["variables.file", ...]), then the file parts.
// Either way the request leaves as an ordinary JSON GraphQL request whose file variables are
// `UploadedFile` objects, which the `Upload` scalar accepts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';

export interface UploadedFile {
  /** As sent by the client: informative only, never trusted for type or storage path. */
  filename: string;
  mimetype: string;
  bytes: Buffer;
}

export interface MultipartUploadOptions {
  /** Whole request body, files and fields together (default 12 MiB). */
  maxTotalBytes?: number;
  /** Default 10. */
  maxFiles?: number;
  /** Non-file fields (default 20). */
  maxFields?: number;
  /** Per non-file field, e.g. the query text (default 1 MiB). */
  maxFieldBytes?: number;
}

export type RequestWithBody = IncomingMessage & { body?: unknown };
export type NextFunction = (error?: unknown) => void;

const MiB = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class RejectedUpload extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function isMultipart(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * Express/Connect-style middleware: `app.use('/api', new MultipartUpload(options).use)`, mounted
 * before the GraphQL handler. Other requests pass through untouched.
 */
export class MultipartUpload {
  private readonly maxTotalBytes: number;
  private readonly maxFiles: number;
  private readonly maxFields: number;
  private readonly maxFieldBytes: number;

  constructor(options: MultipartUploadOptions = {}) {
    this.maxTotalBytes = options.maxTotalBytes ?? 12 * MiB;
    this.maxFiles = options.maxFiles ?? 10;
    this.maxFields = options.maxFields ?? 20;
    this.maxFieldBytes = options.maxFieldBytes ?? MiB;
  }

  readonly use = (req: RequestWithBody, res: ServerResponse, next: NextFunction): void => {
    if (!isMultipart(req)) return next();
    this.parse(req).then(
      (body) => {
        req.body = body;
        // Apollo's CSRF guard refuses multipart requests unless a preflight header is present;
        // the parsed request is JSON now. Authentication is a bearer header, never a cookie,
        // so a cross-site form cannot act as a user.
        req.headers['content-type'] = 'application/json';
        delete req.headers['content-length'];
        next();
      },
      (error: unknown) => {
        if (!(error instanceof RejectedUpload)) return next(error);
        reject(req, res, error.status, error.message);
      },
    );
  };

  private parse(req: IncomingMessage): Promise<unknown> {
    return new Promise((resolve, rejectPromise) => {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > this.maxTotalBytes) {
        return rejectPromise(new RejectedUpload(413, `The request is larger than ${this.maxTotalBytes} bytes`));
      }

      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          limits: {
            files: this.maxFiles,
            fields: this.maxFields,
            fieldSize: this.maxFieldBytes,
            fileSize: this.maxTotalBytes,
            parts: this.maxFiles + this.maxFields,
          },
        });
      } catch {
        return rejectPromise(new RejectedUpload(400, 'Malformed multipart request'));
      }

      const fields = new Map<string, string>();
      const files = new Map<string, UploadedFile>();
      const pending: Promise<void>[] = [];
      let received = 0;
      let settled = false;

      const fail = (error: RejectedUpload) => {
        if (settled) return;
        settled = true;
        req.unpipe(parser);
        parser.removeAllListeners();
        parser.on('error', () => undefined);
        rejectPromise(error);
      };

      // Counting raw bytes caps fields and files together, chunked or not.
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > this.maxTotalBytes) fail(new RejectedUpload(413, `The request is larger than ${this.maxTotalBytes} bytes`));
      });
      req.on('error', () => fail(new RejectedUpload(400, 'The request was interrupted')));

      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) return fail(new RejectedUpload(413, `The field ${name} is too large`));
        fields.set(name, value);
      });
      parser.on('file', (name, stream, info) => {
        const chunks: Buffer[] = [];
        pending.push(
          new Promise<void>((done) => {
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('limit', () => fail(new RejectedUpload(413, `The request is larger than ${this.maxTotalBytes} bytes`)));
            stream.on('close', () => {
              files.set(name, { filename: info.filename ?? name, mimetype: info.mimeType, bytes: Buffer.concat(chunks) });
              done();
            });
            stream.on('error', () => done());
          }),
        );
      });
      parser.on('filesLimit', () => fail(new RejectedUpload(413, `At most ${this.maxFiles} files may be sent at once`)));
      parser.on('fieldsLimit', () => fail(new RejectedUpload(413, `At most ${this.maxFields} fields may be sent at once`)));
      parser.on('partsLimit', () => fail(new RejectedUpload(413, 'Too many parts')));
      parser.on('error', () => fail(new RejectedUpload(400, 'Malformed multipart request')));
      parser.on('close', () => {
        void Promise.all(pending).then(() => {
          if (settled) return;
          try {
            const body = buildBody(fields, files);
            settled = true;
            resolve(body);
          } catch (error) {
            fail(error instanceof RejectedUpload ? error : new RejectedUpload(400, 'Malformed multipart request'));
          }
        });
      });
      req.pipe(parser);
    });
  }
}

function parseJson(text: string | undefined, what: string): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RejectedUpload(400, `The ${what} field is not valid JSON`);
  }
}

function buildBody(fields: Map<string, string>, files: Map<string, UploadedFile>): unknown {
  if (fields.has('operations')) return specBody(fields, files);
  if (fields.has('query')) return absintheBody(fields, files);
  throw new RejectedUpload(400, 'A multipart GraphQL request needs an `operations` or a `query` field');
}

/** (a) Each string naming a file part becomes that file. */
function absintheBody(fields: Map<string, string>, files: Map<string, UploadedFile>): unknown {
  const variables = parseJson(fields.get('variables'), 'variables') ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw new RejectedUpload(400, 'The variables field must be a JSON object');
  }
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return files.get(value) ?? value;
    if (Array.isArray(value)) return value.map(replace);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]));
    }
    return value;
  };
  const operationName = fields.get('operationName');
  return { query: fields.get('query'), variables: replace(variables), ...(operationName ? { operationName } : {}) };
}

/** (b) `map` says where each file goes inside `operations` (one object, or an array when batched). */
function specBody(fields: Map<string, string>, files: Map<string, UploadedFile>): unknown {
  const operations = parseJson(fields.get('operations'), 'operations');
  if (typeof operations !== 'object' || operations === null)
    throw new RejectedUpload(400, 'The operations field must be a JSON object or array');
  const map = parseJson(fields.get('map'), 'map') ?? {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new RejectedUpload(400, 'The map field must be a JSON object');
  for (const [part, paths] of Object.entries(map)) {
    const file = files.get(part);
    if (!file) throw new RejectedUpload(400, `The file part ${part} named in map is missing`);
    if (!Array.isArray(paths)) throw new RejectedUpload(400, `The map entry ${part} must be an array of paths`);
    for (const path of paths) {
      if (typeof path !== 'string') throw new RejectedUpload(400, `The map entry ${part} must be an array of paths`);
      setAtPath(operations, path, file, Array.isArray(operations));
    }
  }
  return operations;
}

function setAtPath(root: object, path: string, file: UploadedFile, batched: boolean): void {
  const keys = path.split('.');
  // Files may only land in variables: never in the query text or elsewhere.
  if (keys[batched ? 1 : 0] !== 'variables' || keys.length < (batched ? 3 : 2)) {
    throw new RejectedUpload(400, `The map path ${path} must point into variables`);
  }
  let target: unknown = root;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    if (FORBIDDEN_KEYS.has(key) || typeof target !== 'object' || target === null || !Object.hasOwn(target, key)) {
      throw new RejectedUpload(400, `The map path ${path} does not exist in operations`);
    }
    if (i === keys.length - 1) (target as Record<string, unknown>)[key] = file;
    else target = (target as Record<string, unknown>)[key];
  }
}

function reject(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({
    errors: [{ message, code: 'validation', status_code: status, extensions: { code: 'validation', status_code: status } }],
  });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  // The rest of the body is not read: close the connection rather than keep it for reuse.
  res.setHeader('Connection', 'close');
  res.end(body);
  req.resume();
}
