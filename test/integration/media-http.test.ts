// GET /media/<file> through a running Nest app: only stored uuid names, safe headers.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import sharp from 'sharp';
import { MediaHttpModule } from '../../src/modules/media-http.module.js';

describe('GET /media/:file', () => {
  let app: INestApplication;
  let base: string;
  let root: string;
  let dir: string;
  let png: Buffer;
  const key = `${randomUUID()}.png`;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'convene-media-http-'));
    dir = path.join(root, 'uploads');
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    await mkdir(dir);
    await writeFile(path.join(dir, key), png);
    // A file beside the uploads folder that traversal would try to reach.
    await writeFile(path.join(root, 'secret.txt'), 'do not serve');
    app = await NestFactory.create(MediaHttpModule.register({ dir }), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('serves a stored file with its type and protective, long-lived headers', async () => {
    const response = await fetch(`${base}/media/${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toContain('max-age=31536000');
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);

    const again = await fetch(`${base}/media/${key}`, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for unknown, malformed or escaping names', async () => {
    for (const name of [
      `${randomUUID()}.png`,
      key.replace('.png', '.jpg'),
      '..%2Fsecret.txt',
      '..%2F..%2Fetc%2Fpasswd',
      'secret.txt',
      `${key}%00.png`,
    ]) {
      const response = await fetch(`${base}/media/${name}`);
      expect([name, response.status]).toEqual([name, 404]);
      expect(await response.text()).not.toContain('do not serve');
    }
  });
});
