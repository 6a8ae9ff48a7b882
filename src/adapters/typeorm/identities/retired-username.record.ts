import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A deleted local username is never given again: remote servers still know its old URL. */
@Entity('retired_usernames')
export class RetiredUsernameRecord {
  @PrimaryColumn({ type: 'text', name: 'preferred_username' }) preferredUsername: string;
  @Column({ type: 'timestamptz', name: 'retired_at', default: () => 'now()' }) retiredAt: Date;
}
