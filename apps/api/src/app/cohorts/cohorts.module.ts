import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { Reach } from './reach';
import { CohortRepository } from './cohort.repository';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { TypeormCohortRepository } from './persistence/typeorm-cohort.repository';
import { InvitationDispatch } from './invitations/invitation-dispatch';
import { InvitationRepository } from './invitations/invitation.repository';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { TypeormInvitationRepository } from './invitations/persistence/typeorm-invitation.repository';
import { TypeormReachRepository } from './persistence/typeorm-reach.repository';
import { ReachRepository } from './reach.repository';
import { TypeormPrerequisiteCertificates } from '../progress/persistence/typeorm-prerequisite-certificates';
import { PrerequisiteCertificates } from '../progress/prerequisite-certificates';

@Module({
  imports: [AccountsModule, CurriculumModule],
  controllers: [CohortsController, InvitationsController],
  providers: [
    CohortsService,
    Reach,
    { provide: CohortRepository, useClass: TypeormCohortRepository },
    InvitationsService,
    InvitationDispatch,
    { provide: InvitationRepository, useClass: TypeormInvitationRepository },
    { provide: ReachRepository, useClass: TypeormReachRepository },
    // Her own invitations name what the course requires; progress judges it for every trainee.
    { provide: PrerequisiteCertificates, useClass: TypeormPrerequisiteCertificates },
  ],
  // The curriculum repository comes along: every feature of a cohort reads its version's content.
  exports: [CohortRepository, Reach, CurriculumModule, PrerequisiteCertificates],
})
export class CohortsModule {}
