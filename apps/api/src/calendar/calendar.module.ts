import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarEventEntity } from './calendar-event.entity';
import { CalendarIcsController } from './calendar-ics.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarEventEntity])],
  controllers: [CalendarIcsController],
  providers: [CalendarService, CalendarResolver],
})
export class CalendarModule {}
