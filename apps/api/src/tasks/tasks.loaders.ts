import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { TaskCommentEntity, TaskEntity } from './task.entity';

export interface TasksLoaderSet {
  byId: DataLoader<string, TaskEntity | null>;
  comments: DataLoader<string, TaskCommentEntity[]>;
}

@Injectable()
export class TasksLoaders implements LoaderFactory<TasksLoaderSet> {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskCommentEntity) private readonly comments: Repository<TaskCommentEntity>,
  ) {}

  createLoaders(): TasksLoaderSet {
    return {
      byId: loaderByKey((ids) => this.tasks.findBy({ id: In([...ids]) }), 'id'),
      comments: loaderOfLists((ids) => this.comments.find({ where: { taskId: In([...ids]) }, order: { createdAt: 'ASC' } }), 'taskId'),
    };
  }
}
