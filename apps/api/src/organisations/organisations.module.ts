import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesModule } from '../countries/countries.module';
import { MembershipChangeEntity } from './membership-change.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { OrganisationsCsvController } from './organisations-csv.controller';
import { OrganisationsImportService } from './organisations-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, MembershipChangeEntity]), CountriesModule],
  controllers: [OrganisationsCsvController],
  providers: [OrganisationsService, OrganisationsImportService, OrganisationsLoaders, OrganisationsResolver],
  exports: [OrganisationsLoaders],
})
export class OrganisationsModule {}
