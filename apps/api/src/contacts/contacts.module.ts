import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesModule } from '../countries/countries.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AffiliationEntity, ContactEmailEntity, ContactPhoneEntity } from './contact-details.entity';
import { ContactEntity } from './contact.entity';
import { ContactsLoaders } from './contacts.loaders';
import { AffiliationsResolver, ContactsResolver, OrganisationPeopleResolver } from './contacts.resolver';
import { ContactsService } from './contacts.service';
import { ContactsCsvController } from './contacts-csv.controller';
import { ContactsImportService } from './contacts-import.service';
import { ContactMergeResolver, ContactMergeService } from './contact-merge';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipsLoaders } from './relationships.loaders';
import { ContactRelationshipsResolver, RelationshipsResolver } from './relationships.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([ContactEntity, ContactEmailEntity, ContactPhoneEntity, AffiliationEntity, RelationshipEntity]), CountriesModule, OrganisationsModule],
  controllers: [ContactsCsvController],
  providers: [
    ContactsService,
    ContactsImportService,
    ContactMergeService,
    ContactMergeResolver,
    ContactsLoaders,
    ContactsResolver,
    AffiliationsResolver,
    OrganisationPeopleResolver,
    RelationshipsLoaders,
    RelationshipsResolver,
    ContactRelationshipsResolver,
  ],
  exports: [ContactsLoaders],
})
export class ContactsModule {}
