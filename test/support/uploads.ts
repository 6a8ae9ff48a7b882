// Multipart GraphQL requests against a test app, in the web client's (Absinthe) convention: each
// file variable holds the name of the form part carrying the file.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Client, GqlResponse, TestApp } from './app.js';

export interface FilePart {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

export async function gqlMultipart<T = any>(
  app: TestApp,
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, FilePart>,
): Promise<GqlResponse<T>> {
  const form = new FormData();
  form.set('query', query);
  form.set('variables', JSON.stringify(variables));
  for (const [part, file] of Object.entries(files)) form.set(part, new Blob([file.bytes], { type: file.contentType }), file.filename);
  const response = await fetch(`${app.url}/api`, {
    method: 'POST',
    headers: { authorization: client.token ? `Bearer ${client.token}` : 'null', 'x-forwarded-for': client.ip },
    body: form,
  });
  const text = await response.text();
  let body: { data?: T; errors?: GqlResponse['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // e.g. a 413 from the transport; the status says it
  }
  return { status: response.status, data: body.data as T, errors: body.errors };
}

export const UPLOAD_MEDIA_AS = `mutation UploadMedia($file: Upload!, $name: String!, $alt: String, $actorId: ID) {
  uploadMedia(file: $file, name: $name, alt: $alt, actorId: $actorId) { id url }
}`;

/** A small real JPEG. */
export function jpeg(width = 32, height = 24, color = '#36c'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
}

/** A real PNG of random pixels: it does not compress, so its size is about width*height*3. */
export function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(Math.random() * 256);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

export async function uploadImage(
  app: TestApp,
  client: Client,
  bytes: Uint8Array,
  options: { name?: string; actorId?: string; contentType?: string } = {},
) {
  return gqlMultipart(
    app,
    client,
    UPLOAD_MEDIA_AS,
    { file: 'file', name: options.name ?? 'picture', alt: null, ...(options.actorId ? { actorId: options.actorId } : {}) },
    {
      file: { bytes, filename: `${options.name ?? 'picture'}.jpg`, contentType: options.contentType ?? 'image/jpeg' },
    },
  );
}

/** Every file under the app's uploads folder (relative paths). */
export function uploadedFiles(app: TestApp): string[] {
  const root = path.join(app.dataDir, 'uploads');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name)));
}
