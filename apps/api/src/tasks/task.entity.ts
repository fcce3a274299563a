import { Priority, TaskStatus } from '@alliance/domain';
import { Check, Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { Timestamped } from '../core/database/timestamps';
import { InteractionEntity } from '../interactions/interaction.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** A piece of coalition work, assigned to a user or to a member organisation, usually inside a campaign. */
@Entity('tasks')
@Check('tasks_one_assignee_check', '"assignee_user_id" IS NULL OR "assignee_organisation_id" IS NULL')
@Index('tasks_open_due_idx', { synchronize: false })
export class TaskEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('tasks_campaign_idx')
  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Index('tasks_assignee_user_idx')
  @Column({ type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_user_id' })
  assigneeUser?: UserEntity;

  @Index('tasks_assignee_organisation_idx')
  @Column({ type: 'uuid', nullable: true })
  assigneeOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_organisation_id' })
  assigneeOrganisation?: OrganisationEntity;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority!: Priority;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.TODO })
  status!: TaskStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The interaction it was logged with as a follow-up, if any. */
  @Index('tasks_interaction_idx')
  @Column({ type: 'uuid', nullable: true })
  interactionId!: string | null;

  @ManyToOne(() => InteractionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity('task_comments')
@Index('task_comments_task_idx', ['taskId', 'createdAt'])
export class TaskCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One row per recipient and day: the daily digest is sent at most once, however often the job runs. */
@Entity('task_digests')
export class TaskDigestEntity {
  @Column({ type: 'uuid', primary: true })
  userId!: string;

  @Column({ type: 'date', primary: true })
  day!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
