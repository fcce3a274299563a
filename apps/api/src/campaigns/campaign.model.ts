import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampaignStatus, CampaignVisibility, ParticipationRole, Priority, Stance } from '@alliance/domain';
import { ConnectionType } from '../core/graphql/pagination';

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(CampaignVisibility, { name: 'CampaignVisibility', description: 'INTERNAL: staff only. MEMBERS: member organisations see it and may join.' });
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(Priority, { name: 'Priority' });

@ObjectType('Campaign')
export class CampaignModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  objective!: string | null;

  @Field(() => [String], { description: 'What we want policymakers to do.' })
  asks!: string[];

  @Field(() => CampaignStatus)
  status!: CampaignStatus;

  @Field(() => CampaignVisibility)
  visibility!: CampaignVisibility;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => ID, { nullable: true })
  leadOrganisationId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class CampaignConnection extends ConnectionType(CampaignModel, 'Campaign') {}

@ObjectType('Participation', { description: "A member organisation's part in a campaign, from when it joined to when it left." })
export class ParticipationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ParticipationRole)
  role!: ParticipationRole;

  @Field()
  joinedAt!: Date;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;
}

@ObjectType('Target', { description: 'A policymaker or institution the campaign wants to move.' })
export class TargetModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field(() => ID, { nullable: true })
  institutionId!: string | null;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => String, { nullable: true })
  ask!: string | null;
}

@ObjectType('StanceChange')
export class StanceChangeModel {
  @Field(() => Stance, { nullable: true })
  fromStance!: Stance | null;

  @Field(() => Stance)
  toStance!: Stance;

  @Field()
  changedAt!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
