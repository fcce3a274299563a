import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CampaignStatus, CampaignVisibility, ParticipationRole, Priority, Stance } from '@alliance/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCalendarDate, IsLabelList, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';
import { SearchTextFilter } from '../core/graphql/list-filter.decorators';

const oneOf = (values: object) => `must be one of ${Object.values(values).join(', ')}`;

@InputType()
export class CampaignsFilter {
  @SearchTextFilter('Match on the name, accents and case aside.')
  search?: string;

  @Field(() => [CampaignStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus, { each: true, message: oneOf(CampaignStatus) })
  statuses?: CampaignStatus[];

  @Field({ nullable: true, description: 'Only campaigns open to members that a member organisation may join.' })
  @IsOptional()
  @IsBoolean()
  openToMembers?: boolean;
}

@ArgsType()
export class CampaignsArgs extends PageArgs {
  @Field(() => CampaignsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignsFilter)
  filter?: CampaignsFilter;
}

@ArgsType()
export class CampaignIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a campaign id' })
  id!: string;
}

@InputType()
export class CampaignFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(10000)
  objective?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(20, 1000)
  asks?: string[];

  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus, { message: oneOf(CampaignStatus) })
  status?: CampaignStatus;

  @Field(() => CampaignVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(CampaignVisibility, { message: oneOf(CampaignVisibility) })
  visibility?: CampaignVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  leadOrganisationId?: string | null;
}

@InputType()
export class CreateCampaignInput extends CampaignFieldsInput {
  @Field()
  @IsSingleLineText(300)
  declare name: string;
}

@InputType()
export class UpdateCampaignInput extends CampaignFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a campaign id' })
  id!: string;
}

@InputType()
export class SetParticipationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => ParticipationRole)
  @IsEnum(ParticipationRole, { message: oneOf(ParticipationRole) })
  role!: ParticipationRole;
}

/** What adding and editing a target both set. */
@InputType({ isAbstract: true })
abstract class TargetFieldsInput {
  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsEnum(Priority, { message: oneOf(Priority) })
  priority?: Priority;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(2000)
  ask?: string;

  @Field(() => Stance, { nullable: true })
  @IsOptional()
  @IsEnum(Stance, { message: oneOf(Stance) })
  stance?: Stance;
}

@InputType()
export class AddTargetInput extends TargetFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: 'A policymaker; give this or institutionId.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a contact id' })
  contactId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  institutionId?: string;
}

@InputType()
export class UpdateTargetInput extends TargetFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a target id' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'Why the stance changed (e.g. "voted for the resolution").' })
  @IsOptional()
  @IsMultiLineText(1000)
  stanceNote?: string;
}
