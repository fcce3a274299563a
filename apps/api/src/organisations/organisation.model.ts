import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipStatus, OrganisationType } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus', description: "Where an organisation stands with the alliance." });

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; see `country` for names.' })
  countryCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String])
  focusAreas!: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  languages!: string[];

  @Field(() => [String])
  tags!: string[];

  @Field(() => MembershipStatus)
  membershipStatus!: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD) the organisation first became an active member.' })
  memberSince!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when deleted; restorable for 30 days.' })
  deletedAt!: Date | null;
}

@ObjectType()
export class OrganisationConnection extends ConnectionType(OrganisationModel, 'Organisation') {}

@ObjectType('MembershipChange')
export class MembershipChangeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipStatus, { nullable: true })
  fromStatus!: MembershipStatus | null;

  @Field(() => MembershipStatus)
  toStatus!: MembershipStatus;

  @Field()
  changedAt!: Date;

  @Field(() => ID, { nullable: true })
  changedById!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
