import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { InstitutionEntity } from './institution.entity';
import { PositionEntity } from './position.entity';

export interface InstitutionsLoaderSet {
  byId: DataLoader<string, InstitutionEntity | null>;
  children: DataLoader<string, InstitutionEntity[]>;
  positionsOfContact: DataLoader<string, PositionEntity[]>;
  positionsAtInstitution: DataLoader<string, PositionEntity[]>;
}

@Injectable()
export class InstitutionsLoaders implements LoaderFactory<InstitutionsLoaderSet> {
  constructor(
    @InjectRepository(InstitutionEntity) private readonly institutions: Repository<InstitutionEntity>,
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
  ) {}

  createLoaders(): InstitutionsLoaderSet {
    return {
      byId: loaderByKey((ids) => this.institutions.findBy({ id: In([...ids]) }), 'id'),
      children: loaderOfLists(
        async (ids) => (await this.institutions.find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } })) as (InstitutionEntity & { parentId: string })[],
        'parentId',
      ),
      positionsOfContact: loaderOfLists(
        (ids) => this.positions.find({ where: { contactId: In([...ids]) }, order: { startDate: 'DESC' } }),
        'contactId',
      ),
      positionsAtInstitution: loaderOfLists(
        (ids) => this.positions.find({ where: { institutionId: In([...ids]) }, order: { startDate: 'DESC' } }),
        'institutionId',
      ),
    };
  }
}
