import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { RolePlaysModule } from '../role-plays/role-plays.module';
import { StudyVisitsModule } from '../study-visits/study-visits.module';
import { EnrolmentPages } from './enrolment-pages';
import { TypeormEnrolmentPages } from './persistence/typeorm-enrolment-pages';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({ imports: [CohortsModule, AttendanceModule, RolePlaysModule, StudyVisitsModule], controllers: [ProgressController], providers: [ProgressService, { provide: EnrolmentPages, useClass: TypeormEnrolmentPages }], exports: [ProgressService] })
export class ProgressModule {}
