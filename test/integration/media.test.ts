// Uploads end to end below GraphQL: real sharp, a real folder, real Postgres.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { Person } from '../../src/domain/identities/index.js';
import { PurgeUserMedia, RemoveMedia, RepositoryMediaOwnership, UploadLimits, UploadMedia } from '../../src/domain/media/index.js';
import { SystemClock } from '../../src/domain/shared/index.js';
import { LocalMediaStorage } from '../../src/adapters/media/local-media-storage.js';
import { SharpImageProcessor, sniffImageType } from '../../src/adapters/media/sharp-image-processor.js';
import { TypeOrmMediaRepository } from '../../src/adapters/typeorm/media/typeorm-media.repository.js';
import { ActorRecord } from '../../src/adapters/typeorm/identities/actor.record.js';
import { TypeOrmPersonRepository } from '../../src/adapters/typeorm/identities/typeorm-person.repository.js';
import { nextId } from '../../src/adapters/typeorm/ids.js';
import { PostgresRateLimiter } from '../../src/adapters/typeorm/rate-limit/postgres-rate-limiter.js';
import { MediaOneIdentity1795663269410 } from '../../src/adapters/typeorm/migrations/1795663269410-media-one-identity.js';
import { MediaNames1795663269420 } from '../../src/adapters/typeorm/migrations/1795663269420-media-names.js';
import { openTestDataSource, unique } from '../support/database.js';

const MARKER = 'secret-marker';
const BASE_URL = 'https://convene.example.test';

const photoWithExif = (): Promise<Buffer> =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: '#3a7' } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: MARKER } } })
    .toBuffer();

describe('media uploads', () => {
  let dataSource: DataSource;
  let dir: string;
  let repo: TypeOrmMediaRepository;
  let persons: TypeOrmPersonRepository;
  let upload: UploadMedia;
  let remove: RemoveMedia;
  let storage: LocalMediaStorage;

  async function createUser(): Promise<string> {
    const [row] = await dataSource.query(
      `INSERT INTO users (email, password_hash, role, locale) VALUES ($1, 'x', 'USER', 'en') RETURNING id::text AS id`,
      [`${unique('media')}@example.test`],
    );
    return row.id;
  }

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    dir = await mkdtemp(path.join(tmpdir(), 'convene-media-'));
    repo = new TypeOrmMediaRepository(dataSource);
    persons = new TypeOrmPersonRepository(dataSource);
    storage = new LocalMediaStorage({ dir, baseUrl: `${BASE_URL}/` });
    upload = new UploadMedia(
      repo,
      storage,
      new SharpImageProcessor(),
      persons,
      new UploadLimits({ avatarBytes: 64 * 1024 }),
      new PostgresRateLimiter(dataSource),
      new SystemClock(),
    );
    remove = new RemoveMedia(repo, storage);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stores a JPEG without its EXIF and records it', async () => {
    const userId = await createUser();
    const person = Person.createLocal(
      {
        id: await persons.nextId(),
        userId,
        preferredUsername: unique('p'),
        name: '',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: BASE_URL,
      },
      new Date(),
    );
    expect(await persons.save(person)).toBe(true);
    const original = await photoWithExif();
    expect(original.includes(MARKER)).toBe(true);
    expect((await sharp(original).metadata()).exif).toBeDefined();

    // The client calls it a PNG: the bytes decide.
    const result = await upload.execute({
      userId,
      actorId: person.id,
      kind: 'media',
      name: 'holiday.png',
      alt: 'A field',
      bytes: original,
      declaredContentType: 'image/png',
    });
    if (!result.ok) throw new Error(result.error.type);
    const media = result.value.media.snapshot();
    expect(media).toMatchObject({
      ownerUserId: userId,
      actorId: person.id,
      contentType: 'image/jpeg',
      width: 120,
      height: 80,
      kind: 'media',
      name: `${media.uuid}.jpg`,
      alt: 'A field',
    });
    expect(media.id).toMatch(/^\d+$/);
    expect(result.value.url).toBe(`${BASE_URL}/media/${media.uuid}.jpg`);

    const stored = await readFile(path.join(dir, media.fileKey));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(stored.includes(MARKER)).toBe(false);
    expect(media.size).toBe(stored.length);

    const found = await repo.findById(media.id);
    expect(found?.snapshot()).toEqual(media);
    expect(await repo.totalSizeByUser(userId)).toBe(stored.length);
    const ownership = new RepositoryMediaOwnership(repo);
    expect(await ownership.claim(media.id, userId, person.id)).toBe('claimed');
    expect(await ownership.claim(media.id, await createUser(), person.id)).toBe('media-not-found');
    expect(await ownership.claim('not-an-id', userId, person.id)).toBe('media-not-found');
    // Uploaded as this identity: no other identity of the account may show it.
    expect(await ownership.claim(media.id, userId, String(Number(person.id) + 1))).toBe('used-by-another-identity');
  });

  it('migrates media shown by two identities to the first one, clearing the other use', async () => {
    const userId = await createUser();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      // Rows the migration met were made before identity ids were random (ADR 0013): from the sequence.
      const id = await nextId(dataSource.manager, ActorRecord);
      const person = Person.createLocal(
        { id, userId, preferredUsername: unique('p'), name: '', summary: '', avatarId: null, bannerId: null, baseUrl: BASE_URL },
        new Date(),
      );
      expect(await persons.save(person)).toBe(true);
      ids.push(id);
    }
    const shared = await upload.execute({ userId, kind: 'avatar', name: 'me', bytes: await photoWithExif() });
    const own = await upload.execute({ userId, kind: 'banner', name: 'b', bytes: await photoWithExif() });
    if (!shared.ok || !own.ok) throw new Error('upload failed');
    // What the code allowed before: one file as the avatar of both, and a banner of the second.
    await dataSource.query(`UPDATE actors SET avatar_id = $1 WHERE id = ANY($2::bigint[])`, [shared.value.media.id, ids]);
    await dataSource.query(`UPDATE actors SET banner_id = $1 WHERE id = $2`, [own.value.media.id, ids[1]]);
    const runner = dataSource.createQueryRunner();
    try {
      await new MediaOneIdentity1795663269410().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await dataSource.query(
      `SELECT id::text, avatar_id::text, banner_id::text FROM actors WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
    expect(rows).toEqual([
      { id: ids[0], avatar_id: shared.value.media.id, banner_id: null },
      { id: ids[1], avatar_id: null, banner_id: own.value.media.id },
    ]);
    expect((await repo.findById(shared.value.media.id))?.actorId).toBe(ids[0]);
    expect((await repo.findById(own.value.media.id))?.actorId).toBe(ids[1]);
  });

  it('migrates the original file names of stored media away', async () => {
    const result = await upload.execute({ userId: await createUser(), kind: 'media', name: 'x', bytes: await photoWithExif() });
    if (!result.ok) throw new Error(result.error.type);
    const id = result.value.media.id;
    // What was stored before: the name the client sent.
    await dataSource.query(`UPDATE media SET name = 'IMG_2031 jane.jpg' WHERE id = $1`, [id]);
    const runner = dataSource.createQueryRunner();
    try {
      await new MediaNames1795663269420().up(runner);
    } finally {
      await runner.release();
    }
    const media = (await repo.findById(id))!.snapshot();
    expect(media.name).toBe(media.fileKey);
  });

  it('ties a free media to the first of two identities claiming it at once', async () => {
    const userId = await createUser();
    const result = await upload.execute({ userId, kind: 'avatar', name: 'me', bytes: await photoWithExif() });
    if (!result.ok) throw new Error(result.error.type);
    const id = result.value.media.id;
    const claims = await Promise.all(['9000001', '9000002'].map((actorId) => repo.claim(id, actorId)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const holder = claims[0] ? '9000001' : '9000002';
    expect((await repo.findById(id))?.actorId).toBe(holder);
    expect(await repo.claim(id, holder)).toBe(true);
  });

  it('refuses text bytes named .png', async () => {
    const userId = await createUser();
    const before = await readdir(dir);
    const result = await upload.execute({
      userId,
      kind: 'media',
      name: 'cat.png',
      bytes: Buffer.from('<html><script>alert(1)</script></html>'),
      declaredContentType: 'image/png',
    });
    expect(result).toEqual({ ok: false, error: { type: 'unsupported-media-type' } });
    expect(await readdir(dir)).toEqual(before);
    expect(await repo.totalSizeByUser(userId)).toBe(0);
  });

  it('refuses a file over the limit of its kind', async () => {
    const userId = await createUser();
    // Random pixels do not compress: well over the 64 KiB avatar limit of this test.
    const noise = Buffer.from(Array.from({ length: 300 * 300 * 3 }, () => Math.floor(Math.random() * 256)));
    const big = await sharp(noise, { raw: { width: 300, height: 300, channels: 3 } })
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(64 * 1024);
    expect(await upload.execute({ userId, kind: 'avatar', name: 'me', bytes: big })).toEqual({
      ok: false,
      error: { type: 'file-too-large', limit: 64 * 1024 },
    });
    // The same file is fine as a media (10 MiB by default).
    expect((await upload.execute({ userId, kind: 'media', name: 'me', bytes: big })).ok).toBe(true);
  });

  it('lets only the owner remove a media, row and file', async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const result = await upload.execute({ userId: owner, kind: 'avatar', name: 'me', bytes: await photoWithExif() });
    if (!result.ok) throw new Error(result.error.type);
    const { id, fileKey } = result.value.media.snapshot();
    const file = path.join(dir, fileKey);

    expect(await remove.execute({ userId: stranger, mediaId: id })).toEqual({ ok: false, error: { type: 'media-not-found' } });
    expect(existsSync(file)).toBe(true);
    expect(await repo.findById(id)).not.toBeNull();

    expect(await remove.execute({ userId: owner, mediaId: id })).toEqual({ ok: true, value: { id } });
    expect(existsSync(file)).toBe(false);
    expect(await repo.findById(id)).toBeNull();
    expect(await remove.execute({ userId: owner, mediaId: id })).toEqual({ ok: false, error: { type: 'media-not-found' } });
  });

  it('purges the rows and files of a deleted account', async () => {
    const userId = await createUser();
    const result = await upload.execute({ userId, kind: 'banner', name: 'b', bytes: await photoWithExif() });
    if (!result.ok) throw new Error(result.error.type);
    const file = path.join(dir, result.value.media.fileKey);
    expect(existsSync(file)).toBe(true);
    await dataSource.query(`DELETE FROM users WHERE id = $1`, [userId]);
    // The `user.deleted` job does this; rows outlive the user only until it runs.
    expect(await new PurgeUserMedia(repo, storage).execute({ userId })).toBe(1);
    expect(await repo.findById(result.value.media.id)).toBeNull();
    expect(existsSync(file)).toBe(false);
  });
});

describe('SharpImageProcessor', () => {
  const processor = new SharpImageProcessor({ maxPixels: 4_000_000 });
  const solid = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } });

  it('keeps each accepted format and drops its metadata', async () => {
    const exif = { exif: { IFD0: { Copyright: MARKER } } };
    const inputs = {
      'image/jpeg': await solid().jpeg().withMetadata(exif).toBuffer(),
      'image/png': await solid().png().withMetadata(exif).toBuffer(),
      'image/webp': await solid().webp().withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${MARKER}</x:xmpmeta>`).toBuffer(),
      'image/avif': await solid().avif().withMetadata(exif).toBuffer(),
      'image/gif': await solid().gif().toBuffer(),
    } as const;
    for (const [type, bytes] of Object.entries(inputs)) {
      const out = await processor.sanitize(bytes);
      expect(out && { contentType: out.contentType, width: out.width, height: out.height }).toEqual({
        contentType: type,
        width: 40,
        height: 30,
      });
      const meta = await sharp(out!.bytes).metadata();
      expect([type, meta.exif, meta.xmp, Buffer.from(out!.bytes).includes(MARKER)]).toEqual([type, undefined, undefined, false]);
    }
  });

  it('applies the EXIF orientation before dropping it', async () => {
    const sideways = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#abc' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await processor.sanitize(sideways);
    expect(out && [out.width, out.height]).toEqual([20, 60]);
    expect((await sharp(out!.bytes).metadata()).orientation).toBeUndefined();
  });

  it('keeps an animated GIF animated but drops its comment', async () => {
    const frames = await Promise.all(
      ['#f00', '#0f0', '#00f'].map((c) =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: c } })
          .png()
          .toBuffer(),
      ),
    );
    const gif = await sharp(frames, { join: { animated: true } })
      .gif({ loop: 0, delay: 100 })
      .toBuffer();
    // A GIF comment extension (21 FE) right after the header and global colour table.
    const headerEnd = 13 + 3 * 2 ** ((gif[10] & 7) + 1);
    const commented = Buffer.concat([
      gif.subarray(0, headerEnd),
      Buffer.from([0x21, 0xfe, MARKER.length]),
      Buffer.from(MARKER),
      Buffer.from([0]),
      gif.subarray(headerEnd),
    ]);
    expect((await sharp(commented).metadata()).pages).toBe(3);
    const out = await processor.sanitize(commented);
    expect(out && [out.contentType, out.width, out.height]).toEqual(['image/gif', 20, 20]);
    expect((await sharp(out!.bytes).metadata()).pages).toBe(3);
    expect(Buffer.from(out!.bytes).includes(MARKER)).toBe(false);
  });

  it('refuses what is not an accepted image', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const tiff = await solid().tiff().toBuffer();
    const jpeg = await solid().jpeg().toBuffer();
    expect(await processor.sanitize(svg)).toBeNull();
    expect(await processor.sanitize(tiff)).toBeNull();
    expect(await processor.sanitize(Buffer.from('GIF89a but not really'))).toBeNull();
    expect(await processor.sanitize(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBeNull();
    expect(sniffImageType(Buffer.from('plain text'))).toBeNull();
  });

  it('refuses a decompression bomb', async () => {
    // 3000 × 3000 of one colour: a few KiB on the wire, 9 Mpx decoded, over this processor's 4 Mpx.
    const bomb = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await processor.sanitize(bomb)).toBeNull();
  });
});
