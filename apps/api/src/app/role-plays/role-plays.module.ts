import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { TypeormRolePlayRepository } from './persistence/typeorm-role-play.repository';
import { RolePlayRepository } from './role-play.repository';
import { RolePlaysController } from './role-plays.controller';
import { RolePlaysService } from './role-plays.service';

@Module({
  imports: [CohortsModule],
  controllers: [RolePlaysController],
  providers: [RolePlaysService, { provide: RolePlayRepository, useClass: TypeormRolePlayRepository }],
  exports: [RolePlayRepository],
})
export class RolePlaysModule {}
