import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Priority, TaskStatus } from '@alliance/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCalendarDate, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';

const oneOf = (values: object) => `must be one of ${Object.values(values).join(', ')}`;

@InputType()
export class TasksFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus, { each: true, message: oneOf(TaskStatus) })
  statuses?: TaskStatus[];

  @Field({ nullable: true, description: 'Due on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueFrom?: string;

  @Field({ nullable: true, description: 'Due on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueTo?: string;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TasksFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TasksFilter)
  filter?: TasksFilter;
}

@InputType()
export class TaskFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(10000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  assigneeOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the past.' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsEnum(Priority, { message: oneOf(Priority) })
  priority?: Priority;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus, { message: oneOf(TaskStatus) })
  status?: TaskStatus;
}

@InputType()
export class CreateTaskInput extends TaskFieldsInput {
  @Field()
  @IsSingleLineText(300)
  declare title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;
}

@InputType()
export class UpdateTaskInput extends TaskFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a task id' })
  id!: string;
}

@InputType()
export class AddTaskCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a task id' })
  taskId!: string;

  @Field()
  @IsMultiLineText(5000)
  @IsNotEmpty({ message: 'must not be empty' })
  body!: string;
}

@ArgsType()
export class TaskIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a task id' })
  id!: string;
}
