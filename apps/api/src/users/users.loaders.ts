import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey } from '../core/graphql/request-loaders';
import { UserEntity } from './user.entity';

export interface UsersLoaderSet {
  byId: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class UsersLoaders implements LoaderFactory<UsersLoaderSet> {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  createLoaders(): UsersLoaderSet {
    return {
      byId: loaderByKey((ids) => this.users.findBy({ id: In([...ids]) }), 'id'),
    };
  }
}
