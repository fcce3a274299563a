import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Stance } from '@alliance/domain';
import { CampaignModel } from '../campaigns/campaign.model';
import { InteractionModel } from '../interactions/interaction.model';
import { TaskModel } from '../tasks/task.model';

@ObjectType('StanceCount')
export class StanceCountModel {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CampaignProgress')
export class CampaignProgressModel {
  @Field(() => CampaignModel)
  campaign!: CampaignModel;

  @Field(() => [StanceCountModel], { description: 'Targets by stance.' })
  targetsByStance!: StanceCountModel[];

  @Field(() => Int)
  tasksOpen!: number;

  @Field(() => Int)
  tasksDone!: number;

  @Field(() => Date, { nullable: true })
  lastInteractionAt!: Date | null;
}

@ObjectType('Dashboard')
export class DashboardModel {
  @Field(() => [CampaignProgressModel], { description: 'Active campaigns (at most 20), most recently active first.' })
  activeCampaigns!: CampaignProgressModel[];

  @Field(() => [TaskModel], { description: 'Open tasks past their due date (at most 20), oldest first.' })
  overdueTasks!: TaskModel[];

  @Field(() => [InteractionModel], { description: 'The 10 latest interactions.' })
  recentInteractions!: InteractionModel[];
}
