import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { MembershipStatus, OrganisationType } from '@alliance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCalendarDate, IsCountryCode, IsLabelList, IsMultiLineText, IsSingleLineText, IsWebAddress } from '../core/validation/text.decorators';
import { CountryCodesFilter, SearchTextFilter } from '../core/graphql/list-filter.decorators';

const TYPE_MESSAGE = `must be one of ${Object.values(OrganisationType).join(', ')}`;
const STATUS_MESSAGE = `must be one of ${Object.values(MembershipStatus).join(', ')}`;

export enum OrganisationSortField {
  NAME = 'NAME',
  MEMBER_SINCE = 'MEMBER_SINCE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrganisationSortField, { name: 'OrganisationSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class OrganisationsFilter {
  @SearchTextFilter('Fuzzy, accent-insensitive match on name and acronym.')
  search?: string;

  @CountryCodesFilter()
  countryCodes?: string[];

  @Field(() => [OrganisationType], { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType, { each: true, message: TYPE_MESSAGE })
  types?: OrganisationType[];

  @Field(() => [MembershipStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus, { each: true, message: STATUS_MESSAGE })
  membershipStatuses?: MembershipStatus[];

  @Field(() => [String], { nullable: true, description: 'Organisations with any of these tags.' })
  @IsOptional()
  @IsLabelList(20, 60)
  tags?: string[];
}

@InputType()
export class OrganisationsSort {
  @Field(() => OrganisationSortField, { defaultValue: OrganisationSortField.NAME })
  @IsEnum(OrganisationSortField)
  field: OrganisationSortField = OrganisationSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationsFilter)
  filter?: OrganisationsFilter;

  @Field(() => OrganisationsSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationsSort)
  sort?: OrganisationsSort;
}

@ArgsType()
export class OrganisationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  id!: string;
}

/** The profile fields, shared by creation and update (where each is optional). */
@InputType()
export class OrganisationProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(40)
  acronym?: string | null;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType, { message: TYPE_MESSAGE })
  type?: OrganisationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(120)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebAddress()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(20, 100)
  focusAreas?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. ["en", "fr"].' })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'must contain two-letter language codes, e.g. "fr"' })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(30, 60)
  tags?: string[];
}

@InputType()
export class CreateOrganisationInput extends OrganisationProfileInput {
  @Field()
  @IsSingleLineText(300)
  declare name: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType, { message: TYPE_MESSAGE })
  declare type: OrganisationType;

  @Field(() => MembershipStatus, { nullable: true, description: 'PROSPECT by default.' })
  @IsOptional()
  @IsEnum(MembershipStatus, { message: STATUS_MESSAGE })
  membershipStatus?: MembershipStatus;
}

@InputType()
export class UpdateOrganisationInput extends OrganisationProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  id!: string;
}

@InputType()
export class ChangeMembershipStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => MembershipStatus)
  @IsEnum(MembershipStatus, { message: STATUS_MESSAGE })
  status!: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'Why, for the record (e.g. "dues unpaid for 2026").' })
  @IsOptional()
  @IsMultiLineText(1000)
  note?: string;

  @Field(() => String, { nullable: true, description: 'When joining: the date membership began (YYYY-MM-DD); today by default.' })
  @IsOptional()
  @IsCalendarDate()
  memberSince?: string;
}
