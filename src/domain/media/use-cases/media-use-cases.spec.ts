import { describe, it, expect, beforeEach } from '@jest/globals';
import { Person, PersonRepository } from '../../identities/index.js';
import { Clock } from '../../shared/index.js';
import { Media, contentTypeOfFileKey, type ImageContentType } from '../media.js';
import { ImageProcessor, type SanitizedImage } from '../ports/image-processor.js';
import { MediaRepository } from '../ports/media.repository.js';
import { MediaStorage } from '../ports/media-storage.js';
import { RepositoryMediaOwnership } from '../repository-media-ownership.js';
import { UploadLimits } from '../upload-limits.js';
import { RemoveMedia } from './remove-media.js';
import { UploadMedia } from './upload-media.js';
import { PurgeUserMedia } from './purge-user-media.js';
import { CountingRateLimiter } from '../../../../test/fakes/counting-rate-limiter.js';

class InMemoryMediaRepository extends MediaRepository {
  readonly rows = new Map<string, Media>();
  private seq = 0;
  failNextSave = false;
  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async save(media: Media): Promise<void> {
    if (this.failNextSave) {
      this.failNextSave = false;
      throw new Error('database down');
    }
    this.rows.set(media.id, Media.restore(media.snapshot()));
  }
  async findById(id: string): Promise<Media | null> {
    const found = this.rows.get(id);
    return found ? Media.restore(found.snapshot()) : null;
  }
  async delete(media: Media): Promise<void> {
    this.rows.delete(media.id);
  }
  async findByIds(ids: string[]): Promise<Media[]> {
    return ids.map((id) => this.rows.get(id)).filter((m): m is Media => m !== undefined);
  }
  async findByOwner(userId: string, limit: number): Promise<Media[]> {
    return [...this.rows.values()].filter((m) => m.isOwnedBy(userId)).slice(0, limit);
  }
  async totalSizeByUser(userId: string): Promise<number> {
    return [...this.rows.values()].filter((m) => m.isOwnedBy(userId)).reduce((sum, m) => sum + m.size, 0);
  }
  async claim(mediaId: string, actorId: string): Promise<boolean> {
    const found = this.rows.get(mediaId);
    if (!found || !found.isUsableBy(actorId)) return false;
    this.rows.set(mediaId, Media.restore({ ...found.snapshot(), actorId }));
    return true;
  }
}

class InMemoryMediaStorage extends MediaStorage {
  readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    this.files.set(key, { bytes, contentType });
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
  publicUrl(key: string): string {
    return `https://convene.test/media/${key}`;
  }
}

// Recognizes `IMG:<type>:<payload>` and "re-encodes" it to `clean:<payload>`, so tests can see
// that the sanitized bytes, not the uploaded ones, are what gets stored.
class FakeImageProcessor extends ImageProcessor {
  async sanitize(bytes: Uint8Array): Promise<SanitizedImage | null> {
    const match = /^IMG:(image\/[a-z]+):(.*)$/s.exec(Buffer.from(bytes).toString('latin1'));
    if (!match) return null;
    return { contentType: match[1] as ImageContentType, bytes: Buffer.from(`clean:${match[2]}`), width: 64, height: 48 };
  }
}

class InMemoryPersonRepository extends PersonRepository {
  readonly persons = new Map<string, Person>();
  async nextId(): Promise<string> {
    return String(this.persons.size + 1);
  }
  async findById(id: string): Promise<Person | null> {
    return this.persons.get(id) ?? null;
  }
  async findByIds(ids: string[]): Promise<Person[]> {
    return ids.map((id) => this.persons.get(id)).filter((p): p is Person => p !== undefined);
  }
  async findLocalByUsername(username: string): Promise<Person | null> {
    return [...this.persons.values()].find((p) => p.preferredUsername === username) ?? null;
  }
  async findByUser(userId: string): Promise<Person[]> {
    return [...this.persons.values()].filter((p) => p.userId === userId);
  }
  async usernameTaken(username: string): Promise<boolean> {
    return (await this.findLocalByUsername(username)) !== null;
  }
  async save(person: Person): Promise<boolean> {
    this.persons.set(person.id, person);
    return true;
  }
  async delete(person: Person): Promise<void> {
    this.persons.delete(person.id);
  }
}

class FixedClock extends Clock {
  now(): Date {
    return new Date('2026-01-02T03:04:05Z');
  }
}

const image = (type: string, payload = 'pixels') => Buffer.from(`IMG:${type}:${payload}`);

describe('media use cases', () => {
  let repo: InMemoryMediaRepository;
  let storage: InMemoryMediaStorage;
  let persons: InMemoryPersonRepository;
  let upload: UploadMedia;
  let remove: RemoveMedia;

  beforeEach(async () => {
    repo = new InMemoryMediaRepository();
    storage = new InMemoryMediaStorage();
    persons = new InMemoryPersonRepository();
    await persons.save(
      Person.createLocal(
        {
          id: '10',
          userId: 'alice',
          preferredUsername: 'alice',
          name: 'Alice',
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://convene.test',
        },
        new Date(),
      ),
    );
    await persons.save(
      Person.createLocal(
        {
          id: '20',
          userId: 'bob',
          preferredUsername: 'bob',
          name: 'Bob',
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://convene.test',
        },
        new Date(),
      ),
    );
    upload = new UploadMedia(
      repo,
      storage,
      new FakeImageProcessor(),
      persons,
      new UploadLimits({ mediaBytes: 100, avatarBytes: 40, bannerBytes: 60 }),
      new CountingRateLimiter(),
      new FixedClock(),
    );
    remove = new RemoveMedia(repo, storage);
  });

  describe('UploadMedia', () => {
    it('stores the sanitized bytes under <uuid>.<ext> and records the media', async () => {
      const result = await upload.execute({
        userId: 'alice',
        actorId: '10',
        kind: 'media',
        name: ' photo.png ',
        alt: 'A cat',
        bytes: image('image/png'),
        declaredContentType: 'image/jpeg',
      });
      if (!result.ok) throw new Error(result.error.type);
      const s = result.value.media.snapshot();
      // The content type comes from the bytes, not from what the client declared.
      expect(s).toMatchObject({
        id: '1',
        ownerUserId: 'alice',
        actorId: '10',
        alt: 'A cat',
        contentType: 'image/png',
        width: 64,
        height: 48,
        kind: 'media',
        createdAt: new Date('2026-01-02T03:04:05Z'),
      });
      expect(s.fileKey).toBe(`${s.uuid}.png`);
      // The client's file name is not kept: it would be shown to anyone seeing the picture.
      expect(s.name).toBe(s.fileKey);
      expect(contentTypeOfFileKey(s.fileKey)).toBe('image/png');
      expect(result.value.url).toBe(`https://convene.test/media/${s.uuid}.png`);
      expect(Buffer.from(storage.files.get(s.fileKey)!.bytes).toString()).toBe('clean:pixels');
      expect(s.size).toBe('clean:pixels'.length);
      expect(repo.rows.has('1')).toBe(true);
      expect(await repo.totalSizeByUser('alice')).toBe(s.size);
    });

    it('accepts an upload without identity', async () => {
      const result = await upload.execute({ userId: 'alice', kind: 'avatar', name: 'me', bytes: image('image/webp') });
      expect(result.ok && result.value.media.snapshot()).toMatchObject({
        actorId: null,
        alt: '',
        kind: 'avatar',
        contentType: 'image/webp',
      });
    });

    it('refuses an identity of another account like a missing one', async () => {
      const foreign = await upload.execute({ userId: 'alice', actorId: '20', kind: 'media', name: 'x', bytes: image('image/png') });
      const missing = await upload.execute({ userId: 'alice', actorId: '999', kind: 'media', name: 'x', bytes: image('image/png') });
      expect(foreign).toEqual({ ok: false, error: { type: 'identity-not-found' } });
      expect(missing).toEqual({ ok: false, error: { type: 'identity-not-found' } });
      expect(storage.files.size).toBe(0);
    });

    it('applies the size limit of each kind', async () => {
      const bytes = image('image/png', 'x'.repeat(40)); // 56 bytes
      expect(await upload.execute({ userId: 'alice', kind: 'avatar', name: 'a', bytes })).toEqual({
        ok: false,
        error: { type: 'file-too-large', limit: 40 },
      });
      expect((await upload.execute({ userId: 'alice', kind: 'banner', name: 'b', bytes })).ok).toBe(true);
      expect((await upload.execute({ userId: 'alice', kind: 'media', name: 'm', bytes: image('image/png', 'x'.repeat(90)) })).ok).toBe(
        false,
      );
    });

    it('rejects bytes that are not an accepted image', async () => {
      const result = await upload.execute({
        userId: 'alice',
        kind: 'media',
        name: 'evil.png',
        bytes: Buffer.from('<script>alert(1)</script>'),
        declaredContentType: 'image/png',
      });
      expect(result).toEqual({ ok: false, error: { type: 'unsupported-media-type' } });
      expect(storage.files.size).toBe(0);
      expect(repo.rows.size).toBe(0);
    });

    it('reports every invalid field at once', async () => {
      const result = await upload.execute({
        userId: 'alice',
        kind: 'media',
        name: 'n'.repeat(256),
        alt: 'a'.repeat(1001),
        bytes: new Uint8Array(),
      });
      expect(result.ok).toBe(false);
      if (result.ok || result.error.type !== 'invalid-fields') throw new Error('expected invalid-fields');
      expect(result.error.fields.map((f) => f.field)).toEqual(['name', 'alt', 'file']);
    });

    it('accepts the longest allowed name and alt', async () => {
      const result = await upload.execute({
        userId: 'alice',
        kind: 'media',
        name: 'n'.repeat(255),
        alt: 'a'.repeat(1000),
        bytes: image('image/gif'),
      });
      expect(result.ok).toBe(true);
    });

    it('removes the stored file when the row cannot be saved', async () => {
      repo.failNextSave = true;
      await expect(upload.execute({ userId: 'alice', kind: 'media', name: 'x', bytes: image('image/jpeg') })).rejects.toThrow(
        'database down',
      );
      expect(storage.files.size).toBe(0);
    });
  });

  describe('RemoveMedia', () => {
    async function uploaded(): Promise<Media> {
      const result = await upload.execute({ userId: 'alice', kind: 'media', name: 'x', bytes: image('image/jpeg') });
      if (!result.ok) throw new Error(result.error.type);
      return result.value.media;
    }

    it('lets the owner delete the row and the file', async () => {
      const media = await uploaded();
      expect(await remove.execute({ userId: 'alice', mediaId: media.id })).toEqual({ ok: true, value: { id: media.id } });
      expect(repo.rows.size).toBe(0);
      expect(storage.files.has(media.fileKey)).toBe(false);
    });

    it('answers media-not-found to anyone else and keeps everything', async () => {
      const media = await uploaded();
      expect(await remove.execute({ userId: 'bob', mediaId: media.id })).toEqual({ ok: false, error: { type: 'media-not-found' } });
      expect(await remove.execute({ userId: 'alice', mediaId: '404' })).toEqual({ ok: false, error: { type: 'media-not-found' } });
      expect(repo.rows.size).toBe(1);
      expect(storage.files.has(media.fileKey)).toBe(true);
    });
  });

  it("answers the identities module whether a media is the caller's, and ties it to the first identity showing it", async () => {
    const result = await upload.execute({ userId: 'alice', kind: 'avatar', name: 'x', bytes: image('image/png') });
    if (!result.ok) throw new Error(result.error.type);
    const id = result.value.media.id;
    const ownership = new RepositoryMediaOwnership(repo);
    expect(await ownership.claim(id, 'bob', 'bob-1')).toBe('media-not-found');
    expect(await ownership.claim('404', 'alice', 'alice-1')).toBe('media-not-found');
    expect(await ownership.claim(id, 'alice', 'alice-1')).toBe('claimed');
    expect(await ownership.claim(id, 'alice', 'alice-1')).toBe('claimed');
    expect(await ownership.claim(id, 'alice', 'alice-2')).toBe('used-by-another-identity');
    expect(repo.rows.get(id)?.actorId).toBe('alice-1');
  });

  it('keeps a media uploaded as an identity for that identity', async () => {
    const result = await upload.execute({ userId: 'alice', actorId: '10', kind: 'media', name: 'x', bytes: image('image/png') });
    if (!result.ok) throw new Error(result.error.type);
    const ownership = new RepositoryMediaOwnership(repo);
    expect(await ownership.claim(result.value.media.id, 'alice', '11')).toBe('used-by-another-identity');
    expect(await ownership.claim(result.value.media.id, 'alice', '10')).toBe('claimed');
  });

  it("purges a deleted account's media, rows and files, and only theirs", async () => {
    const mine = await upload.execute({ userId: 'alice', kind: 'avatar', name: 'a', bytes: image('image/png') });
    const theirs = await upload.execute({ userId: 'bob', kind: 'avatar', name: 'b', bytes: image('image/png') });
    if (!mine.ok || !theirs.ok) throw new Error('upload failed');
    const purge = new PurgeUserMedia(repo, storage);
    expect(await purge.execute({ userId: 'alice' })).toBe(1);
    expect([...repo.rows.keys()]).toEqual([theirs.value.media.id]);
    expect([...storage.files.keys()]).toEqual([theirs.value.media.fileKey]);
    expect(await purge.execute({ userId: 'alice' })).toBe(0);
  });

  it('limits uploads to 60 a minute per account', async () => {
    for (let i = 0; i < 60; i++)
      expect((await upload.execute({ userId: 'bob', kind: 'media', name: `n${i}`, bytes: image('image/png') })).ok).toBe(true);
    expect(await upload.execute({ userId: 'bob', kind: 'media', name: 'one too many', bytes: image('image/png') })).toEqual({
      ok: false,
      error: { type: 'rate-limited' },
    });
    expect((await upload.execute({ userId: 'alice', kind: 'media', name: 'other account', bytes: image('image/png') })).ok).toBe(true);
  });

  it('recognizes only well-formed file keys', () => {
    expect(contentTypeOfFileKey('0b9f7c2e-8d1a-4c3b-9e2f-112233445566.avif')).toBe('image/avif');
    expect(contentTypeOfFileKey('../../etc/passwd')).toBeNull();
    expect(contentTypeOfFileKey('0b9f7c2e-8d1a-4c3b-9e2f-112233445566.svg')).toBeNull();
    expect(contentTypeOfFileKey('0b9f7c2e-8d1a-4c3b-9e2f-112233445566.png/x')).toBeNull();
  });
});
