import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { MembershipChangeEntity } from './membership-change.entity';
import { OrganisationEntity } from './organisation.entity';

export interface OrganisationsLoaderSet {
  byId: DataLoader<string, OrganisationEntity | null>;
  /** Membership history per organisation, oldest first. */
  membershipHistory: DataLoader<string, MembershipChangeEntity[]>;
}

@Injectable()
export class OrganisationsLoaders implements LoaderFactory<OrganisationsLoaderSet> {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(MembershipChangeEntity) private readonly changes: Repository<MembershipChangeEntity>,
  ) {}

  createLoaders(): OrganisationsLoaderSet {
    return {
      byId: loaderByKey((ids) => this.organisations.findBy({ id: In([...ids]) }), 'id'),
      membershipHistory: loaderOfLists(
        (ids) => this.changes.find({ where: { organisationId: In([...ids]) }, order: { changedAt: 'ASC', id: 'ASC' } }),
        'organisationId',
      ),
    };
  }
}
