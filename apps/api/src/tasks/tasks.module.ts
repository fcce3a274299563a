import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { TaskDigestHandler, TaskDigestSchedule } from './jobs/task-digest.handler';
import { TaskCommentEntity, TaskDigestEntity, TaskEntity } from './task.entity';
import { TasksLoaders } from './tasks.loaders';
import { TaskCommentsResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskCommentEntity, TaskDigestEntity]), UsersModule, OrganisationsModule, CampaignsModule],
  providers: [TasksService, TasksLoaders, TasksResolver, TaskCommentsResolver],
  exports: [TasksService],
})
export class TasksModule {}

/** Worker side: the daily digest and its schedule. */
@Module({ providers: [TaskDigestHandler, TaskDigestSchedule] })
export class TasksJobsModule {}
