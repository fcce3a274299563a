import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCALARS_MAP } from '../core/graphql/date-time.scalar';
import { AuditResolver } from '../core/audit/audit.resolver';
import { OutboxResolver } from '../core/mail/outbox.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { AuditEventActorResolver, UsersResolver } from '../users/users.resolver';
import { CountriesResolver } from '../countries/countries.resolver';
import { OrganisationsResolver } from '../organisations/organisations.resolver';
import { AffiliationsResolver, ContactsResolver, OrganisationPeopleResolver } from '../contacts/contacts.resolver';
import { ContactPositionsResolver, InstitutionsResolver, PositionsResolver } from '../institutions/institutions.resolver';
import { SearchResolver } from '../search/search.resolver';
import { SeatsResolver } from '../institutions/seats.resolver';
import { ContactRelationshipsResolver, RelationshipsResolver } from '../contacts/relationships.resolver';
import { ContactMergeResolver } from '../contacts/contact-merge';
import { CampaignsResolver, OrganisationCampaignsResolver, ParticipationsResolver } from '../campaigns/campaigns.resolver';
import { TargetsResolver } from '../campaigns/targets.resolver';
import { TaskCommentsResolver, TasksResolver } from '../tasks/tasks.resolver';
import { CalendarResolver } from '../calendar/calendar.resolver';
import { DashboardResolver } from '../dashboard/dashboard.resolver';
import { CampaignCommitmentsResolver, CommitmentsResolver, InteractionsResolver, TargetLastReachedResolver } from '../interactions/interactions.resolver';
import { DocumentsResolver, InteractionDocumentsResolver } from '../documents/documents.resolver';
import { ListsResolver, ListSubscriptionsResolver } from '../mailings/lists/lists.resolver';
import { AudiencesResolver } from '../mailings/audiences/audiences.resolver';
import { MailingsResolver } from '../mailings/composer/mailings.resolver';

/** Every resolver class whose operations make up the public API. */
export const API_RESOLVERS = [AuditResolver, AuthResolver, UsersResolver, AuditEventActorResolver, CountriesResolver, OrganisationsResolver,
  ContactsResolver, AffiliationsResolver, OrganisationPeopleResolver,
  InstitutionsResolver, PositionsResolver, ContactPositionsResolver, SearchResolver, SeatsResolver,
  RelationshipsResolver, ContactRelationshipsResolver, ContactMergeResolver,
  CampaignsResolver, ParticipationsResolver, OrganisationCampaignsResolver, TargetsResolver, TasksResolver, TaskCommentsResolver,
  InteractionsResolver, CommitmentsResolver, TargetLastReachedResolver, CampaignCommitmentsResolver, CalendarResolver, DashboardResolver,
  DocumentsResolver, InteractionDocumentsResolver, ListsResolver, ListSubscriptionsResolver, AudiencesResolver, MailingsResolver, OutboxResolver];

const HEADER = '# Generated from the resolvers by `npm run schema`. Do not edit: a test fails when this file is stale.\n\n';

/** The schema as SDL, built from the resolver classes alone (no database, no Redis). */
export async function buildApiSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS, { scalarsMap: SCALARS_MAP });
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
