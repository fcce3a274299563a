import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CommitmentStatus, Confidentiality, InteractionKind, Priority } from '@alliance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCalendarDate, IsDateTime, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';

const oneOf = (values: object) => `must be one of ${Object.values(values).join(', ')}`;

@InputType()
export class CommitmentInput {
  @Field(() => ID, { description: 'Who promised: one of the contacts met.' })
  @IsUUID('all', { message: 'must be a contact id' })
  contactId!: string;

  @Field()
  @IsMultiLineText(2000)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;
}

@InputType()
export class FollowUpTaskInput {
  @Field()
  @IsSingleLineText(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeUserId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  assigneeOrganisationId?: string;

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsEnum(Priority, { message: oneOf(Priority) })
  priority?: Priority;
}

@InputType()
export class LogInteractionInput {
  @Field(() => InteractionKind, { defaultValue: InteractionKind.MEETING })
  @IsEnum(InteractionKind, { message: oneOf(InteractionKind) })
  kind: InteractionKind = InteractionKind.MEETING;

  @Field({ description: 'When it took place.' })
  @IsDateTime('must be a date and time, e.g. 2026-11-20T14:00:00Z')
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  subject?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(20000)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(5000)
  outcome?: string;

  @Field(() => Confidentiality, { defaultValue: Confidentiality.INTERNAL })
  @IsEnum(Confidentiality, { message: oneOf(Confidentiality) })
  confidentiality: Confidentiality = Confidentiality.INTERNAL;

  @Field(() => [ID], { description: 'The policymakers and other people met.' })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain contact ids' })
  contactIds!: string[];

  @Field(() => [ID], { nullable: true, description: "Institutions met; the institutions of the people's current positions are added." })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain institution ids' })
  institutionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Users who took part (the author is added). For RESTRICTED, the users who may read it.' })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain user ids' })
  participantUserIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Member organisations that took part.' })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain organisation ids' })
  participantOrganisationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Documents handed over at the interaction.' })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20, { message: 'must have at most 20 items' })
  @IsUUID('all', { each: true, message: 'must contain document ids' })
  documentIds?: string[];

  @Field(() => [CommitmentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments?: CommitmentInput[];

  @Field(() => [FollowUpTaskInput], { nullable: true, description: 'Tasks created with the interaction, in the same step.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FollowUpTaskInput)
  followUpTasks?: FollowUpTaskInput[];
}

@InputType()
export class InteractionsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a contact id' })
  contactId?: string;

  @Field(() => ID, { nullable: true, description: 'Interactions with this institution or any nested under it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;
}

@ArgsType()
export class InteractionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an interaction id' })
  id!: string;
}

@ArgsType()
export class InteractionsArgs extends PageArgs {
  @Field(() => InteractionsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InteractionsFilter)
  filter?: InteractionsFilter;
}

@InputType()
export class UpdateCommitmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a commitment id' })
  commitmentId!: string;

  @Field(() => CommitmentStatus)
  @IsEnum(CommitmentStatus, { message: oneOf(CommitmentStatus) })
  status!: CommitmentStatus;
}

@ArgsType()
export class OpenCommitmentsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId!: string;

  @Field({ defaultValue: false, description: 'Only those past their due date.' })
  @IsBoolean()
  overdueOnly: boolean = false;
}
