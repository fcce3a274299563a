import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CountryEntity } from './country.entity';
import { CountryModel } from './country.model';

@Resolver(() => CountryModel)
export class CountriesResolver {
  constructor(@InjectRepository(CountryEntity) private readonly countryRepository: Repository<CountryEntity>) {}

  @Query(() => [CountryModel], { description: 'Every ISO 3166-1 country (a bounded reference list, about 250), by English name.' })
  @Allow(SIGNED_IN)
  countries(): Promise<CountryModel[]> {
    return this.countryRepository.find({ order: { nameEn: 'ASC' } });
  }
}
