import type { MigrationInterface, QueryRunner } from 'typeorm';

// Removing a picture that an identity uses as avatar or banner clears the reference. A deleted
// account's media rows are no longer cascaded away: the `user.deleted` job removes rows and files
// together (a cascade would leave the files on disk with nothing pointing at them).
export class ActorMediaFk1795663268300 implements MigrationInterface {
  name = 'ActorMediaFk1795663268300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE actors SET avatar_id = NULL WHERE avatar_id IS NOT NULL AND avatar_id NOT IN (SELECT id FROM media)`);
    await q.query(`UPDATE actors SET banner_id = NULL WHERE banner_id IS NOT NULL AND banner_id NOT IN (SELECT id FROM media)`);
    await q.query(`ALTER TABLE actors ADD CONSTRAINT actors_avatar_fk FOREIGN KEY (avatar_id) REFERENCES media (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE actors ADD CONSTRAINT actors_banner_fk FOREIGN KEY (banner_id) REFERENCES media (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE media DROP CONSTRAINT media_user_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM media WHERE user_id NOT IN (SELECT id FROM users)`);
    await q.query(`ALTER TABLE media ADD CONSTRAINT media_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE actors DROP CONSTRAINT actors_avatar_fk, DROP CONSTRAINT actors_banner_fk`);
  }
}
