import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey } from '../core/graphql/request-loaders';
import { CountryEntity } from './country.entity';

export interface CountriesLoaderSet {
  byCode: DataLoader<string, CountryEntity | null>;
}

@Injectable()
export class CountriesLoaders implements LoaderFactory<CountriesLoaderSet> {
  constructor(@InjectRepository(CountryEntity) private readonly countries: Repository<CountryEntity>) {}

  createLoaders(): CountriesLoaderSet {
    return {
      byCode: loaderByKey((codes) => this.countries.findBy({ code: In([...codes]) }), 'code'),
    };
  }
}
