import type { MigrationInterface, QueryRunner } from 'typeorm';

// A media shows under one identity only (showing one file under two identities of an account links
// them). Each media in use is tied to the identity it was uploaded as, or else to the first (lowest
// id) identity using it as avatar, banner or event picture; other identities' uses are cleared,
// and their owners upload the picture again. Not reversible: the cleared uses are not kept.
export class MediaOneIdentity1795663269410 implements MigrationInterface {
  name = 'MediaOneIdentity1795663269410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH uses (media_id, actor_id) AS (
        SELECT avatar_id, id FROM actors WHERE avatar_id IS NOT NULL
        UNION SELECT banner_id, id FROM actors WHERE banner_id IS NOT NULL
        UNION SELECT picture_id, organizer_actor_id FROM events WHERE picture_id IS NOT NULL
      )
      UPDATE media m SET actor_id = first_use.actor_id
      FROM (SELECT media_id, min(actor_id) AS actor_id FROM uses GROUP BY media_id) first_use
      WHERE m.id = first_use.media_id AND m.actor_id IS NULL`);
    await q.query(`UPDATE actors a SET avatar_id = NULL FROM media m WHERE a.avatar_id = m.id AND m.actor_id <> a.id`);
    await q.query(`UPDATE actors a SET banner_id = NULL FROM media m WHERE a.banner_id = m.id AND m.actor_id <> a.id`);
    await q.query(`UPDATE events e SET picture_id = NULL FROM media m WHERE e.picture_id = m.id AND m.actor_id <> e.organizer_actor_id`);
  }

  async down(): Promise<void> {
    // Nothing to undo in the schema; the cleared uses are gone.
  }
}
