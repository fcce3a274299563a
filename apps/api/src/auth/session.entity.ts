import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A signed-in browser. Keyed by a keyed hash of the cookie's token; revoked by deleting the row. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  id!: string;

  @Index('sessions_user_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Idle expiry counts from here; refreshed at most once a minute. */
  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute expiry, however active the session. */
  @Index('sessions_expires_idx')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
