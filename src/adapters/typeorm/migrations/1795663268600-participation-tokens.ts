import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipationTokens1795663268600 implements MigrationInterface {
  name = 'ParticipationTokens1795663268600';

  async up(q: QueryRunner): Promise<void> {
    // Anonymous participations are looked up by the digests of their emailed secrets.
    await q.query(
      `CREATE UNIQUE INDEX participations_confirmation_idx ON participations ((metadata->'confirmation'->>'digest')) WHERE metadata->'confirmation'->>'digest' IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX participations_cancellation_idx ON participations USING gin ((metadata->'cancellationDigests')) WHERE metadata ? 'cancellationDigests'`,
    );
    // The instance's anonymous actor (Mobilizon's anonymousActorId), made here so that nobody can
    // register its username first. BASE_URL is only known at run time: the URL is a placeholder
    // the app replaces at boot (TypeOrmAnonymousActor).
    await q.query(
      `INSERT INTO actors (type, preferred_username, domain, name, summary, url)
       VALUES ('Person', 'anonymous', NULL, 'Anonymous participant', '', 'urn:convene:anonymous-actor')
       ON CONFLICT DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM actors WHERE preferred_username = 'anonymous' AND domain IS NULL AND user_id IS NULL`);
    await q.query(`DROP INDEX participations_cancellation_idx`);
    await q.query(`DROP INDEX participations_confirmation_idx`);
  }
}
