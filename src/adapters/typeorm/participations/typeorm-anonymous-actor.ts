import type { DataSource } from 'typeorm';

/**
 * The instance's `anonymous` actor (created by a migration with a placeholder URL, since BASE_URL
 * is only known at run time): gives it this instance's URL and answers its id, once per process.
 */
export class TypeOrmAnonymousActor {
  private id: Promise<string | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly baseUrl: string,
  ) {}

  actorId(): Promise<string | null> {
    this.id ??= this.ensure().catch((error: unknown) => {
      this.id = null; // try again next time
      throw error;
    });
    return this.id;
  }

  private async ensure(): Promise<string | null> {
    const url = `${this.baseUrl}/@anonymous`;
    // Not a user's identity (user_id IS NULL): if someone held the name before, there is none.
    const where = `preferred_username = 'anonymous' AND domain IS NULL AND user_id IS NULL AND type = 'Person'`;
    await this.dataSource.query(
      `UPDATE actors SET url = $1 WHERE ${where} AND url <> $1 AND NOT EXISTS (SELECT 1 FROM actors WHERE url = $1)`,
      [url],
    );
    const [row] = await this.dataSource.query(`SELECT id::text AS id FROM actors WHERE ${where}`);
    return row?.id ?? null;
  }
}
