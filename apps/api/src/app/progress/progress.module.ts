import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({ imports: [CohortsModule, AttendanceModule], controllers: [ProgressController], providers: [ProgressService] })
export class ProgressModule {}
