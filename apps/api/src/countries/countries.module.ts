import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesLoaders } from './countries.loaders';
import { CountriesResolver } from './countries.resolver';
import { CountryEntity } from './country.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CountryEntity])],
  providers: [CountriesResolver, CountriesLoaders],
  exports: [CountriesLoaders],
})
export class CountriesModule {}
