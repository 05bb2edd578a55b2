import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CertificationModule } from '../certification/certification.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { RolePlaysModule } from '../role-plays/role-plays.module';
import { StudyVisitsModule } from '../study-visits/study-visits.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { DataExportService } from './data-export.service';
import { ErasureRepository } from './erasure.repository';
import { ErasureService } from './erasure.service';
import { TypeormErasureRepository } from './persistence/typeorm-erasure.repository';
import { PrivacyController } from './privacy.controller';
import { Retention } from './retention';

/** A trainee's rights over her data: export, erasure at her request, erasure after the retention period. */
@Module({
  imports: [CohortsModule, AttendanceModule, RolePlaysModule, StudyVisitsModule, CertificationModule, CalendarModule, SupervisionModule],
  controllers: [PrivacyController],
  providers: [DataExportService, ErasureService, Retention, { provide: ErasureRepository, useClass: TypeormErasureRepository }],
})
export class PrivacyModule {}
