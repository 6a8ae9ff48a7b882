import type { MigrationInterface, QueryRunner } from 'typeorm';

// Media names were the client's original file names (`IMG_2031.jpg`), shown to anyone seeing the
// picture; a media is now named by its stored file. Not reversible: the original names are gone.
export class MediaNames1795663269420 implements MigrationInterface {
  name = 'MediaNames1795663269420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE media SET name = file_key WHERE name <> file_key`);
  }

  async down(): Promise<void> {
    // Nothing to undo in the schema; the original names are gone.
  }
}
