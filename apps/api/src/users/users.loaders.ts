import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory } from '../core/graphql/request-loaders';
import { UserEntity } from './user.entity';

export interface UsersLoaderSet {
  byId: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class UsersLoaders implements LoaderFactory<UsersLoaderSet> {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  createLoaders(): UsersLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = await this.users.findBy({ id: In([...ids]) });
        const byId = new Map(found.map((user) => [user.id, user]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
