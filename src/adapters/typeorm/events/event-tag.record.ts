import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { EventRecord } from './event.record.js';
import { TagRecord } from './tag.record.js';

@Entity('event_tags')
@Index('event_tags_tag_idx', ['tagId'])
export class EventTagRecord {
  @ForeignKey(() => EventRecord, { name: 'event_tags_event_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'bigint', name: 'event_id' })
  eventId: string;
  @ForeignKey(() => TagRecord, { name: 'event_tags_tag_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'bigint', name: 'tag_id' })
  tagId: string;
}
