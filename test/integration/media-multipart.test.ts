// The multipart middleware over real HTTP, with bodies built by fetch's own FormData encoder.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, graphql, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLNonNull, GraphQLInputObjectType } from 'graphql';
import { MultipartUpload, type RequestWithBody, type UploadedFile } from '../../src/adapters/graphql/shared/multipart-upload.js';
import { isUploadedFile, UploadScalar } from '../../src/adapters/graphql/shared/upload.scalar.js';

// What the next handler saw, with files summarized so the body can travel back as JSON.
function summarize(value: unknown): unknown {
  if (isUploadedFile(value)) return { $file: value.filename, mimetype: value.mimetype, text: value.bytes.toString('latin1') };
  if (Array.isArray(value)) return value.map(summarize);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, summarize(v)]));
  return value;
}

describe('MultipartUpload middleware', () => {
  let server: Server;
  let url: string;
  let lastBody: unknown;

  beforeAll(async () => {
    const middleware = new MultipartUpload({ maxTotalBytes: 64 * 1024, maxFiles: 3 });
    server = createServer((req, res) => {
      const request = req as RequestWithBody;
      middleware.use(request, res, (error) => {
        if (error) {
          res.statusCode = 500;
          return res.end(String(error));
        }
        lastBody = request.body;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ contentType: req.headers['content-type'], body: summarize(request.body ?? null) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const post = async (body: FormData | string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', body, headers });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const file = (text: string, type = 'image/png') => new Blob([text], { type });

  it('replaces Absinthe part names with files, also nested, and hands on JSON', async () => {
    const form = new FormData();
    form.append('query', 'mutation Up($file: Upload!) { uploadMedia(file: $file) { id } }');
    form.append(
      'variables',
      JSON.stringify({ name: 'cat', file: 'image1', avatar: { media: { file: 'avatar', name: 'a' } }, label: 'not-a-part' }),
    );
    form.append('operationName', 'Up');
    form.append('image1', file('PNGDATA'), 'cat.png');
    form.append('avatar', file('JPEGDATA', 'image/jpeg'), 'me.jpg');
    const { status, json } = await post(form);
    expect(status).toBe(200);
    expect(json).toEqual({
      contentType: 'application/json',
      body: {
        query: 'mutation Up($file: Upload!) { uploadMedia(file: $file) { id } }',
        operationName: 'Up',
        variables: {
          name: 'cat',
          file: { $file: 'cat.png', mimetype: 'image/png', text: 'PNGDATA' },
          avatar: { media: { file: { $file: 'me.jpg', mimetype: 'image/jpeg', text: 'JPEGDATA' }, name: 'a' } },
          label: 'not-a-part',
        },
      },
    });
    const variables = (lastBody as { variables: { file: UploadedFile } }).variables;
    expect(Buffer.isBuffer(variables.file.bytes)).toBe(true);
  });

  it('follows the graphql-multipart-request-spec map, arrays and batches included', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: 'mutation($file: Upload!, $more: [Upload!]!) { x }', variables: { file: null, more: [null, null] } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'], 1: ['variables.more.0', 'variables.more.1'] }));
    form.append('0', file('ONE'), 'one.gif');
    form.append('1', file('TWO'), 'two.gif');
    const single = await post(form);
    expect(single.status).toBe(200);
    expect(single.json.body).toEqual({
      query: 'mutation($file: Upload!, $more: [Upload!]!) { x }',
      variables: {
        file: { $file: 'one.gif', mimetype: 'image/png', text: 'ONE' },
        more: [
          { $file: 'two.gif', mimetype: 'image/png', text: 'TWO' },
          { $file: 'two.gif', mimetype: 'image/png', text: 'TWO' },
        ],
      },
    });

    const batch = new FormData();
    batch.append(
      'operations',
      JSON.stringify([
        { query: 'q1', variables: { file: null } },
        { query: 'q2', variables: { file: null } },
      ]),
    );
    batch.append('map', JSON.stringify({ a: ['0.variables.file'], b: ['1.variables.file'] }));
    batch.append('a', file('A'), 'a.png');
    batch.append('b', file('B'), 'b.png');
    const batched = await post(batch);
    expect(batched.json.body).toEqual([
      { query: 'q1', variables: { file: { $file: 'a.png', mimetype: 'image/png', text: 'A' } } },
      { query: 'q2', variables: { file: { $file: 'b.png', mimetype: 'image/png', text: 'B' } } },
    ]);
  });

  it('refuses map paths outside variables or through the prototype', async () => {
    for (const path of ['query', 'variables.__proto__.polluted', 'variables.missing.deep']) {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: 'q', variables: { file: null } }));
      form.append('map', JSON.stringify({ 0: [path] }));
      form.append('0', file('X'), 'x.png');
      const { status, json } = await post(form);
      expect([path, status, (json.errors as { code: string }[])[0].code]).toEqual([path, 400, 'validation']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 413 in the GraphQL error shape when the body is too large', async () => {
    const form = new FormData();
    form.append('query', 'mutation { x }');
    form.append('variables', JSON.stringify({ file: 'big' }));
    form.append('big', file('x'.repeat(80 * 1024)), 'big.png');
    const { status, json } = await post(form);
    expect(status).toBe(413);
    expect(json).toEqual({
      errors: [expect.objectContaining({ code: 'validation', status_code: 413, message: expect.stringContaining('65536') })],
    });
  });

  it('counts the bytes of a chunked body that declares no length', async () => {
    const form = new FormData();
    form.append('query', 'mutation { x }');
    form.append('variables', JSON.stringify({ file: 'big' }));
    form.append('big', file('x'.repeat(80 * 1024)), 'big.png');
    // Encode with fetch's own encoder, then stream it in pieces: no Content-Length header.
    const encoded = new Response(form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 8192) controller.enqueue(bytes.subarray(at, at + 8192));
        controller.close();
      },
    });
    const response = await fetch(url, {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': encoded.headers.get('content-type')! },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { status_code: number }[] }).errors[0].status_code).toBe(413);
  });

  it('limits the number of files', async () => {
    const form = new FormData();
    form.append('query', 'mutation { x }');
    for (let i = 0; i < 4; i += 1) form.append(`f${i}`, file('x'), `${i}.png`);
    const { status, json } = await post(form);
    expect(status).toBe(413);
    expect((json.errors as { message: string }[])[0].message).toContain('At most 3 files');
  });

  it('refuses malformed JSON and a multipart body without operation', async () => {
    const bad = new FormData();
    bad.append('query', 'q');
    bad.append('variables', '{not json');
    expect((await post(bad)).status).toBe(400);
    const empty = new FormData();
    empty.append('something', 'else');
    expect((await post(empty)).status).toBe(400);
  });

  it('lets other requests through untouched', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ a }' }), { 'Content-Type': 'application/json' });
    expect(status).toBe(200);
    // The middleware did not read the JSON body: that is the JSON parser's job.
    expect(json).toEqual({ contentType: 'application/json', body: null });
  });
});

describe('Upload scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        upload: {
          type: GraphQLString,
          args: {
            input: {
              type: new GraphQLNonNull(
                new GraphQLInputObjectType({ name: 'In', fields: { file: { type: new GraphQLNonNull(UploadScalar) } } }),
              ),
            },
          },
          resolve: (_: unknown, args: { input: { file: UploadedFile } }) => `${args.input.file.filename}:${args.input.file.bytes.length}`,
        },
      },
    }),
  });
  const source = 'mutation($input: In!) { upload(input: $input) }';

  it('passes an UploadedFile to the resolver', async () => {
    const result = await graphql({
      schema,
      source,
      variableValues: { input: { file: { filename: 'a.png', mimetype: 'image/png', bytes: Buffer.from('1234') } } },
    });
    expect(result).toEqual({ data: { upload: 'a.png:4' } });
  });

  it('refuses a string or an inline literal', async () => {
    const asString = await graphql({ schema, source, variableValues: { input: { file: 'image1' } } });
    expect(asString.errors?.[0].message).toContain('Upload expected');
    const inline = await graphql({ schema, source: 'mutation { upload(input: { file: "x" }) }' });
    expect(inline.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(inline.errors?.[0].message).toContain('Upload expected');
  });
});
