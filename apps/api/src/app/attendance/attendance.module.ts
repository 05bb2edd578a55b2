import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { TypeormAttendanceRepository } from './persistence/typeorm-attendance.repository';

@Module({
  imports: [CohortsModule],
  controllers: [AttendanceController],
  providers: [AttendanceService, { provide: AttendanceRepository, useClass: TypeormAttendanceRepository }],
  exports: [AttendanceRepository],
})
export class AttendanceModule {}
