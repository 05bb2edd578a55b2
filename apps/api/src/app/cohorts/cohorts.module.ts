import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { CohortAccess } from './cohort-access';
import { CohortRepository } from './cohort.repository';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { TypeormCohortRepository } from './persistence/typeorm-cohort.repository';

@Module({
  imports: [AccountsModule, CurriculumModule],
  controllers: [CohortsController],
  providers: [CohortsService, CohortAccess, { provide: CohortRepository, useClass: TypeormCohortRepository }],
  // The curriculum repository comes along: every feature of a cohort reads its version's content.
  exports: [CohortRepository, CohortAccess, CurriculumModule],
})
export class CohortsModule {}
