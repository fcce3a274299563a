import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { CalendarEventModel } from './calendar.model';
import { CalendarEventIdArgs, CalendarRangeArgs, CreateCalendarEventInput } from './calendar.inputs';
import { CalendarService } from './calendar.service';

@Resolver(() => CalendarEventModel)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => [CalendarEventModel], { description: 'The diplomatic calendar between two dates (at most 400 days).' })
  @Allow(SIGNED_IN)
  calendarEvents(@CurrentUser() viewer: SignedInUser, @Args() args: CalendarRangeArgs): Promise<CalendarEventModel[]> {
    return this.calendar.between(args, viewer);
  }

  @Mutation(() => CalendarEventModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  createCalendarEvent(@CurrentUser() actor: SignedInUser, @Args('input') input: CreateCalendarEventInput): Promise<CalendarEventModel> {
    return this.calendar.create(actor, input);
  }

  @Mutation(() => Boolean)
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  deleteCalendarEvent(@CurrentUser() actor: SignedInUser, @Args() { id }: CalendarEventIdArgs): Promise<boolean> {
    return this.calendar.remove(actor, id);
  }
}
