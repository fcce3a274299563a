import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { CountriesModule } from '../countries/countries.module';
import { InstitutionEntity } from './institution.entity';
import { InstitutionsLoaders } from './institutions.loaders';
import { ContactPositionsResolver, InstitutionsResolver, PositionsResolver } from './institutions.resolver';
import { InstitutionsService } from './institutions.service';
import { PositionEntity } from './position.entity';
import { PositionsService } from './positions.service';
import { SeatEntity } from './seat.entity';
import { SeatsResolver } from './seats.resolver';
import { SeatsService } from './seats.service';

@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity, PositionEntity, SeatEntity]), CountriesModule, ContactsModule],
  providers: [InstitutionsService, PositionsService, InstitutionsLoaders, InstitutionsResolver, PositionsResolver, ContactPositionsResolver, SeatsService, SeatsResolver],
  exports: [InstitutionsLoaders],
})
export class InstitutionsModule {}
