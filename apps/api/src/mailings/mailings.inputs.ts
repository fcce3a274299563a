import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { AudienceRuleKind, DeliveryStatus, Language, MailingStatus, SubscriptionStatus } from '@alliance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SearchTextFilter } from '../core/graphql/list-filter.decorators';
import { PageArgs } from '../core/graphql/pagination';
import { IsDateTime, IsEmailAddress, IsLabelList, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';

const oneOf = (values: object) => `must be one of ${Object.values(values).join(', ')}`;

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id!: string;
}

// ---- Lists and subscriptions -------------------------------------------------------------------

@InputType()
export class MailingListFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(2000)
  description?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  doubleOptIn?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
}

@InputType()
export class CreateMailingListInput extends MailingListFieldsInput {
  @Field()
  @IsSingleLineText(200)
  declare name: string;
}

@InputType()
export class UpdateMailingListInput extends MailingListFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing list id' })
  id!: string;
}

@InputType({ description: 'Staff record a subscription with the consent behind it (e.g. a signed form at an event).' })
export class SubscribeContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing list id' })
  listId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  contactId!: string;

  @Field({ description: 'How consent was given, e.g. "signed sheet, Geneva side event, 2026-10-02".' })
  @IsSingleLineText(200)
  consentSource!: string;
}

@InputType()
export class UnsubscribeContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing list id' })
  listId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  contactId!: string;
}

@InputType()
export class ListSubscriptionsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a mailing list id' })
  listId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a contact id' })
  contactId?: string;

  @Field(() => [SubscriptionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(SubscriptionStatus, { each: true, message: oneOf(SubscriptionStatus) })
  statuses?: SubscriptionStatus[];
}

@ArgsType()
export class ListSubscriptionsArgs extends PageArgs {
  @Field(() => ListSubscriptionsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ListSubscriptionsFilter)
  filter?: ListSubscriptionsFilter;
}

@InputType()
export class SuppressAddressInput {
  @Field()
  @IsEmailAddress()
  address!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(500)
  detail?: string | null;
}

@ArgsType()
export class AddressArgs {
  @Field()
  @IsEmailAddress()
  address!: string;
}

@ArgsType()
export class SuppressionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the address.' })
  @IsOptional()
  @IsSingleLineText(320)
  search?: string;
}

// ---- Audiences ---------------------------------------------------------------------------------

@InputType('AudienceRuleInput', { description: 'AND/OR (at least one rule), NOT (exactly one rule), or a selection by the fields of its kind.' })
export class AudienceRuleInput {
  @Field(() => AudienceRuleKind)
  @IsEnum(AudienceRuleKind, { message: oneOf(AudienceRuleKind) })
  kind!: AudienceRuleKind;

  @Field(() => [AudienceRuleInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AudienceRuleInput)
  rules?: AudienceRuleInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be mailing list ids' })
  listIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Membership statuses of the organisations (e.g. ACTIVE; only ACTIVE members when none are given).' })
  @IsOptional()
  @IsLabelList(20, 40)
  organisationStatuses?: string[];

  @Field(() => [String], { nullable: true, description: 'Organisation types.' })
  @IsOptional()
  @IsLabelList(20, 40)
  organisationTypes?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be campaign ids' })
  campaignIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be institution ids' })
  institutionIds?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  includeChildInstitutions?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(20, 40)
  institutionKinds?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes: of the contact, or of their organisation for MEMBER_ORGANISATIONS.' })
  @IsOptional()
  @IsLabelList(250, 2)
  countryCodes?: string[];

  @Field(() => [Language], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Language), { each: true, message: oneOf(Language) })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsLabelList(50, 100)
  tags?: string[];
}

@InputType()
export class CreateAudienceInput {
  @Field()
  @IsSingleLineText(200)
  name!: string;

  @Field(() => AudienceRuleInput)
  @ValidateNested()
  @Type(() => AudienceRuleInput)
  rule!: AudienceRuleInput;
}

@InputType()
export class UpdateAudienceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an audience id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  name?: string;

  @Field(() => AudienceRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceRuleInput)
  rule?: AudienceRuleInput;
}

@ArgsType()
export class AudienceCountArgs {
  @Field(() => ID, { description: 'The list the mailing would go out on (consent and unsubscribes are per list).' })
  @IsUUID('all', { message: 'must be a mailing list id' })
  listId!: string;

  @Field(() => AudienceRuleInput, { description: 'The rule as edited now, saved or not.' })
  @ValidateNested()
  @Type(() => AudienceRuleInput)
  rule!: AudienceRuleInput;
}

@ArgsType()
export class SearchPageArgs extends PageArgs {
  @SearchTextFilter('Match on the name.')
  search?: string;
}

// ---- Mailings ----------------------------------------------------------------------------------

@InputType()
export class MailingTranslationInput {
  @Field(() => Language)
  @IsIn(Object.values(Language), { message: oneOf(Language) })
  language!: string;

  @Field()
  @IsSingleLineText(300)
  subject!: string;

  @Field({ description: 'Markdown with merge fields such as {{firstName}}.' })
  @IsMultiLineText(100_000)
  body!: string;
}

@InputType()
export class MailingFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a mailing list id' })
  listId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audience id' })
  audienceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  trackingEnabled?: boolean;

  @Field(() => [MailingTranslationInput], { nullable: true, description: 'Replaces every translation; English is required before sending.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MailingTranslationInput)
  translations?: MailingTranslationInput[];
}

@InputType()
export class CreateMailingInput extends MailingFieldsInput {
  @Field()
  @IsSingleLineText(200)
  declare name: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing list id' })
  declare listId: string;
}

@InputType()
export class UpdateMailingInput extends MailingFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing id' })
  id!: string;
}

@InputType()
export class MailingsFilter {
  @SearchTextFilter('Match on the name.')
  search?: string;

  @Field(() => [MailingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MailingStatus, { each: true, message: oneOf(MailingStatus) })
  statuses?: MailingStatus[];
}

@ArgsType()
export class MailingsArgs extends PageArgs {
  @Field(() => MailingsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MailingsFilter)
  filter?: MailingsFilter;
}

@ArgsType()
export class PreviewMailingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing id' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Render as this contact would get it; without one, with sample values.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a contact id' })
  contactId?: string;

  @Field(() => Language, { nullable: true, description: "Force a language (default: the contact's preferred one, or English)." })
  @IsOptional()
  @IsIn(Object.values(Language), { message: oneOf(Language) })
  language?: string;
}

@InputType()
export class SendMailingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a mailing id' })
  id!: string;

  @Field(() => Date, { nullable: true, description: 'Start at this time; without one, now.' })
  @IsOptional()
  @IsDateTime('must be a date and time, e.g. 2026-11-21T09:00:00Z')
  scheduledAt?: Date | null;
}

@ArgsType()
export class DeliveriesArgs extends PageArgs {
  @Field(() => [DeliveryStatus], { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryStatus, { each: true, message: oneOf(DeliveryStatus) })
  statuses?: DeliveryStatus[];

  @Field(() => String, { nullable: true, description: 'Part of the address.' })
  @IsOptional()
  @IsSingleLineText(320)
  search?: string;
}
