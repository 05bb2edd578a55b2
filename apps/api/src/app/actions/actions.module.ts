import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { ActionsController } from './actions.controller';
import { ActionsRepository } from './actions.repository';
import { CohortActions } from './cohort-actions';
import { TypeormActionsRepository } from './persistence/typeorm-actions.repository';

/** The staff's to-do list: a read model over progress, attendance, study visits and certificates. */
@Module({
  imports: [CohortsModule, ProgressModule],
  controllers: [ActionsController],
  providers: [CohortActions, { provide: ActionsRepository, useClass: TypeormActionsRepository }],
})
export class ActionsModule {}
