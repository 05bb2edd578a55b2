import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { TypeormStudyVisitRepository } from './persistence/typeorm-study-visit.repository';
import { StudyVisitRepository } from './study-visit.repository';
import { HostConfirmationController, StudyVisitsController } from './study-visits.controller';
import { StudyVisitsService } from './study-visits.service';

@Module({
  imports: [CohortsModule, CurriculumModule],
  controllers: [StudyVisitsController, HostConfirmationController],
  providers: [StudyVisitsService, { provide: StudyVisitRepository, useClass: TypeormStudyVisitRepository }],
  exports: [StudyVisitRepository],
})
export class StudyVisitsModule {}
