import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AudienceRuleKind, DeliveryStatus, Language, MailingStatus, SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(MailingStatus, { name: 'MailingStatus' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'What happened to one recipient.' });
registerEnumType(SuppressionReason, { name: 'SuppressionReason' });
registerEnumType(SubscriptionStatus, { name: 'SubscriptionStatus' });
registerEnumType(AudienceRuleKind, { name: 'AudienceRuleKind', description: 'AND, OR and NOT combine rules; the others select contacts.' });

@ObjectType('MailingList')
export class MailingListModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'Public subscribers confirm from a link before they receive anything.' })
  doubleOptIn!: boolean;

  @Field({ description: 'Offered on the public subscribe form.' })
  isPublic!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('ListSubscription')
export class ListSubscriptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  listId!: string;

  @Field(() => ID)
  contactId!: string;

  @Field(() => SubscriptionStatus)
  status!: SubscriptionStatus;

  @Field({ description: 'How consent was given.' })
  consentSource!: string;

  @Field()
  consentAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the double opt-in link was followed.' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  unsubscribedAt!: Date | null;
}

@ObjectType('AudienceRule', { description: 'A node of an audience: AND/OR/NOT over `rules`, or a selection by the fields of its kind.' })
export class AudienceRuleModel {
  @Field(() => AudienceRuleKind)
  kind!: AudienceRuleKind;

  @Field(() => [AudienceRuleModel], { nullable: true })
  rules?: AudienceRuleModel[];

  @Field(() => [ID], { nullable: true })
  listIds?: string[];

  @Field(() => [String], { nullable: true })
  organisationStatuses?: string[];

  @Field(() => [String], { nullable: true })
  organisationTypes?: string[];

  @Field(() => [ID], { nullable: true })
  campaignIds?: string[];

  @Field(() => [ID], { nullable: true })
  institutionIds?: string[];

  @Field(() => Boolean, { nullable: true })
  includeChildInstitutions?: boolean;

  @Field(() => [String], { nullable: true })
  institutionKinds?: string[];

  @Field(() => [String], { nullable: true })
  countryCodes?: string[];

  @Field(() => [Language], { nullable: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType('Audience', { description: 'A saved filter over contacts, evaluated when a mailing is sent.' })
export class AudienceModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => AudienceRuleModel)
  rule!: AudienceRuleModel;

  @Field()
  updatedAt!: Date;
}

@ObjectType('AudienceCount', { description: 'Who a mailing to this audience on this list would reach, counted now.' })
export class AudienceCountModel {
  @Field(() => Int, { description: 'Distinct addresses matching the audience.' })
  matching!: number;

  @Field(() => Int, { description: 'Would receive it.' })
  recipients!: number;

  @Field(() => Int, { description: 'Excluded: the address is suppressed.' })
  suppressed!: number;

  @Field(() => Int, { description: 'Excluded: left the list.' })
  unsubscribed!: number;

  @Field(() => Int, { description: 'Excluded: no consent on record.' })
  noConsent!: number;
}

@ObjectType('MailingTranslation')
export class MailingTranslationModel {
  @Field(() => Language)
  language!: string;

  @Field()
  subject!: string;

  @Field({ description: 'Markdown with merge fields such as {{firstName}}.' })
  body!: string;
}

@ObjectType('MailingProgress', { description: 'Deliveries by state; total = all of them.' })
export class MailingProgressModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Waiting for a worker or a retry, or being sent now.' })
  queued!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  bounced!: number;

  @Field(() => Int, { description: 'In flight when a worker died: may or may not have left. Resend them on purpose.' })
  unknown!: number;

  @Field(() => Int)
  suppressed!: number;

  @Field(() => Int)
  unsubscribed!: number;

  @Field(() => Int)
  noConsent!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int, { nullable: true, description: 'Opened (tracking mailings only).' })
  opened!: number | null;

  @Field(() => Int, { nullable: true, description: 'Clicked a link (tracking mailings only).' })
  clicked!: number | null;
}

@ObjectType('Mailing')
export class MailingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  listId!: string;

  @Field(() => ID, { nullable: true })
  audienceId!: string | null;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => MailingStatus)
  status!: MailingStatus;

  @Field({ description: 'Open and click tracking (off unless turned on).' })
  trackingEnabled!: boolean;

  @Field(() => Date, { nullable: true })
  scheduledAt!: Date | null;

  @Field(() => ID, { nullable: true })
  createdById!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who asked to send it.' })
  sendRequestedById!: string | null;

  @Field(() => Int, { nullable: true, description: 'Recipients counted when sending was asked for.' })
  requestedRecipientCount!: number | null;

  @Field(() => ID, { nullable: true, description: 'The second coordinator who approved it (two-person rule).' })
  approvedById!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('Delivery', { description: 'One recipient of a mailing and what happened.' })
export class DeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field()
  email!: string;

  @Field(() => Language)
  language!: string;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  messageId!: string | null;

  @Field(() => String, { nullable: true, description: 'The last SMTP answer or error.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  clickedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType('MailingPreview', { description: 'The mail as one recipient would get it.' })
export class MailingPreviewModel {
  @Field(() => Language)
  language!: string;

  @Field()
  subject!: string;

  @Field()
  html!: string;

  @Field()
  text!: string;
}

@ObjectType('Suppression')
export class SuppressionModel {
  @Field()
  address!: string;

  @Field(() => SuppressionReason)
  reason!: SuppressionReason;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class MailingListConnection extends ConnectionType(MailingListModel, 'MailingList') {}
@ObjectType()
export class AudienceConnection extends ConnectionType(AudienceModel, 'Audience') {}
@ObjectType()
export class MailingConnection extends ConnectionType(MailingModel, 'Mailing') {}
@ObjectType()
export class DeliveryConnection extends ConnectionType(DeliveryModel, 'Delivery') {}
@ObjectType()
export class SuppressionConnection extends ConnectionType(SuppressionModel, 'Suppression') {}
@ObjectType()
export class ListSubscriptionConnection extends ConnectionType(ListSubscriptionModel, 'ListSubscription') {}
