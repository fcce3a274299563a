import { Controller, Get, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import ical from 'ical-generator';
import { AppConfig } from '../config/app-config';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { badUserInput } from '../core/graphql/errors';
import { fieldProblems } from '../core/graphql/validation.pipe';
import { CalendarRangeArgs } from './calendar.inputs';
import { CalendarService } from './calendar.service';

/** GET /api/calendar.ics?from=...&to=...: the diplomatic calendar for a calendar application. */
@Controller('api')
export class CalendarIcsController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly config: AppConfig,
  ) {}

  @Get('calendar.ics')
  @Allow(SIGNED_IN)
  async export(@CurrentUser() viewer: SignedInUser, @Res() res: Response, @Query() query: Record<string, string>): Promise<void> {
    const range = plainToInstance(CalendarRangeArgs, query);
    const problems = fieldProblems(validateSync(range));
    if (problems.length) throw badUserInput(problems);
    const calendar = ical({ name: 'Alliance Against Genocide: diplomatic calendar', prodId: { company: 'alliance-crm', product: 'calendar' } });
    for (const event of await this.calendar.between(range, viewer)) {
      calendar.createEvent({
        id: `${event.id}@${new URL(this.config.PUBLIC_URL).hostname}`,
        start: event.startsAt,
        end: event.endsAt ?? undefined,
        allDay: event.allDay,
        summary: event.title,
        description: event.description ?? undefined,
        location: event.location ?? undefined,
      });
    }
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="alliance-calendar.ics"');
    res.send(calendar.toString());
  }
}
