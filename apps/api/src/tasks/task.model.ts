import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Priority, TaskStatus } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(TaskStatus, { name: 'TaskStatus' });

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The interaction it was logged with as a follow-up, if any.' })
  interactionId!: string | null;

  @Field(() => ID, { nullable: true })
  assigneeUserId!: string | null;

  @Field(() => ID, { nullable: true })
  assigneeOrganisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate!: string | null;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class TaskConnection extends ConnectionType(TaskModel, 'Task') {}

@ObjectType('TaskComment')
export class TaskCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  authorId!: string | null;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;
}
