import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailConsentStatus } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(EmailConsentStatus, { name: 'EmailConsentStatus', description: 'The lawful basis for emailing a contact.' });

/**
 * A person. Emails, phones, notes and consent are resolved field by field: member representatives
 * see them only for people of their own organisation.
 */
@ObjectType('Contact')
export class ContactModel {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'ISO 639-1 code; mail goes out in this language, English when unavailable.' })
  preferredLanguage!: string;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Set when this contact was merged into another.' })
  mergedIntoId!: string | null;
}

@ObjectType()
export class ContactConnection extends ConnectionType(ContactModel, 'Contact') {}

@ObjectType('ContactEmail')
export class ContactEmailModel {
  @Field()
  address!: string;

  @Field()
  isPrimary!: boolean;
}

@ObjectType('ContactPhone')
export class ContactPhoneModel {
  @Field()
  number!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType('EmailConsent')
export class EmailConsentModel {
  @Field(() => EmailConsentStatus)
  status!: EmailConsentStatus;

  @Field(() => String, { nullable: true, description: 'Where consent was given, e.g. "signed up at the 2026 Geneva side event".' })
  source!: string | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;
}

@ObjectType('Affiliation')
export class AffiliationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  contactId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;
}
