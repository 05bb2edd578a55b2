import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({ imports: [CohortsModule], controllers: [CalendarController], providers: [CalendarService], exports: [CalendarService] })
export class CalendarModule {}
