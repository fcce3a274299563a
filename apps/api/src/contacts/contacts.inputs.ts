import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { EmailConsentStatus } from '@alliance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsCountryCode, IsEmailAddress, IsLabelList, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';
import { CountryCodesFilter, SearchTextFilter } from '../core/graphql/list-filter.decorators';

@InputType()
export class ContactEmailInput {
  @Field()
  @IsEmailAddress()
  address!: string;

  @Field({ nullable: true, description: 'The address mail goes to; the first one when none is marked.' })
  @IsOptional()
  @IsBoolean()
  isPrimary?: boolean;
}

@InputType()
export class ContactPhoneInput {
  @Field()
  @IsString()
  @Matches(/^\+?[0-9 ().-]{4,40}$/, { message: 'must be a phone number, e.g. +41 22 917 12 34' })
  number!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(40)
  label?: string | null;
}

@InputType()
export class EmailConsentInput {
  @Field(() => EmailConsentStatus)
  @IsEnum(EmailConsentStatus, { message: `must be one of ${Object.values(EmailConsentStatus).join(', ')}` })
  status!: EmailConsentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  source?: string | null;
}

@InputType()
export class AffiliationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  title?: string | null;
}

/** Every field of a contact; on update each is optional and lists replace what was there. */
@InputType()
export class ContactFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(100)
  lastName?: string;

  @Field(() => [ContactEmailInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(10, { message: 'must have at most 10 addresses' })
  @ValidateNested({ each: true })
  @Type(() => ContactEmailInput)
  emails?: ContactEmailInput[];

  @Field(() => [ContactPhoneInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(10, { message: 'must have at most 10 numbers' })
  @ValidateNested({ each: true })
  @Type(() => ContactPhoneInput)
  phones?: ContactPhoneInput[];

  @Field({ nullable: true, description: 'ISO 639-1 code, e.g. "fr".' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter language code, e.g. "fr"' })
  preferredLanguage?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(30, 60)
  tags?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(10000)
  notes?: string | null;

  @Field(() => EmailConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmailConsentInput)
  emailConsent?: EmailConsentInput;

  @Field(() => [AffiliationInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20, { message: 'must have at most 20 affiliations' })
  @ValidateNested({ each: true })
  @Type(() => AffiliationInput)
  affiliations?: AffiliationInput[];
}

@InputType()
export class CreateContactInput extends ContactFieldsInput {
  @Field()
  @IsSingleLineText(100)
  declare firstName: string;

  @Field()
  @IsSingleLineText(100)
  declare lastName: string;
}

@InputType()
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  id!: string;
}

@InputType()
export class ContactsFilter {
  @SearchTextFilter('Fuzzy, accent-insensitive match on the name, or the start of an email address.')
  search?: string;

  @CountryCodesFilter()
  countryCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'People affiliated with this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(20, 60)
  tags?: string[];
}

@ArgsType()
export class ContactsArgs extends PageArgs {
  @Field(() => ContactsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsFilter)
  filter?: ContactsFilter;
}

@ArgsType()
export class ContactIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  id!: string;
}
