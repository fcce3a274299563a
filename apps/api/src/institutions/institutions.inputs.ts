import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { InstitutionKind } from '@alliance/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCalendarDate, IsCountryCode, IsSingleLineText, IsWebAddress } from '../core/validation/text.decorators';
import { CountryCodesFilter, SearchTextFilter } from '../core/graphql/list-filter.decorators';

const KIND_MESSAGE = `must be one of ${Object.values(InstitutionKind).join(', ')}`;

@InputType()
export class InstitutionsFilter {
  @SearchTextFilter('Fuzzy, accent-insensitive match on name and acronym, in English or French.')
  search?: string;

  @Field(() => [InstitutionKind], { nullable: true })
  @IsOptional()
  @IsEnum(InstitutionKind, { each: true, message: KIND_MESSAGE })
  kinds?: InstitutionKind[];

  @CountryCodesFilter()
  countryCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this institution.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  parentId?: string;
}

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstitutionsFilter)
  filter?: InstitutionsFilter;
}

@ArgsType()
export class InstitutionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  id!: string;
}

@InputType()
export class InstitutionFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  nameFr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(40)
  acronym?: string | null;

  @Field(() => InstitutionKind, { nullable: true })
  @IsOptional()
  @IsEnum(InstitutionKind, { message: KIND_MESSAGE })
  kind?: InstitutionKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebAddress()
  website?: string | null;
}

@InputType()
export class CreateInstitutionInput extends InstitutionFieldsInput {
  @Field()
  @IsSingleLineText(300)
  declare name: string;

  @Field(() => InstitutionKind)
  @IsEnum(InstitutionKind, { message: KIND_MESSAGE })
  declare kind: InstitutionKind;
}

@InputType()
export class UpdateInstitutionInput extends InstitutionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  id!: string;
}

@InputType()
export class AddPositionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  contactId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  institutionId!: string;

  @Field()
  @IsSingleLineText(200)
  title!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; leave out while the position is held.' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @Field({ defaultValue: false, description: "A job change: close the contact's other current positions the day before this one starts." })
  @IsBoolean()
  closeCurrentPositions: boolean = false;
}

@InputType()
export class EndPositionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a position id' })
  positionId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  endDate!: string;
}

@InputType()
export class PolicymakersFilter {
  @Field(() => ID, { nullable: true, description: 'Positions at this institution or any institution nested under it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  institutionId?: string;

  @Field(() => [InstitutionKind], { nullable: true })
  @IsOptional()
  @IsEnum(InstitutionKind, { each: true, message: KIND_MESSAGE })
  institutionKinds?: InstitutionKind[];

  @CountryCodesFilter("The institution's country.")
  countryCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Targets of this campaign: targeted people, and people at targeted institutions.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;
}

@ArgsType()
export class PolicymakersArgs extends PageArgs {
  @Field(() => PolicymakersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicymakersFilter)
  filter?: PolicymakersFilter;
}
