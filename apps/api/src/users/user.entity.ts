import { Language, Role, UserStatus } from '@alliance/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Timestamped } from '../core/database/timestamps';

@Entity('users')
export class UserEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** citext: unique and compared case-insensitively, kept as typed. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'citext' })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.INVITED })
  status!: UserStatus;

  /** The member organisation a MEMBER represents; null for staff. */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 8, default: Language.EN })
  language!: Language;

  /** argon2id; null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;
}
