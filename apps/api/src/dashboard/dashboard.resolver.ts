import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { DashboardModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboardService: DashboardService) {}

  @Query(() => DashboardModel, { description: 'Active campaigns with their progress, overdue tasks and recent interactions (staff).' })
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  dashboard(@CurrentUser() viewer: SignedInUser): Promise<DashboardModel> {
    return this.dashboardService.forViewer(viewer);
  }
}
