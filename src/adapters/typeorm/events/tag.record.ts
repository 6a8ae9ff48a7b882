import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('tags')
@Unique('tags_slug_key', ['slug'])
// A trigram index on an expression (f_unaccent(lower(title))): kept by the migration alone.
@Index('tags_title_trgm_idx', { synchronize: false })
export class TagRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) title: string;
}
