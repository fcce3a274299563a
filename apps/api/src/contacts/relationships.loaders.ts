import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderOfLists } from '../core/graphql/request-loaders';
import { RelationshipEntity } from './relationship.entity';

export interface RelationshipsLoaderSet {
  from: DataLoader<string, RelationshipEntity[]>;
  to: DataLoader<string, RelationshipEntity[]>;
}

@Injectable()
export class RelationshipsLoaders implements LoaderFactory<RelationshipsLoaderSet> {
  constructor(@InjectRepository(RelationshipEntity) private readonly relationships: Repository<RelationshipEntity>) {}

  createLoaders(): RelationshipsLoaderSet {
    return {
      from: loaderOfLists((ids) => this.relationships.find({ where: { fromContactId: In([...ids]) }, order: { createdAt: 'ASC' } }), 'fromContactId'),
      to: loaderOfLists((ids) => this.relationships.find({ where: { toContactId: In([...ids]) }, order: { createdAt: 'ASC' } }), 'toContactId'),
    };
  }
}
