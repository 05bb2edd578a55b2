import { Module } from '@nestjs/common';
import { TypeormSupervisionRepository } from './persistence/typeorm-supervision.repository';
import { SupervisionController } from './supervision.controller';
import { SupervisionRepository } from './supervision.repository';
import { SupervisionService } from './supervision.service';

@Module({
  controllers: [SupervisionController],
  providers: [SupervisionService, { provide: SupervisionRepository, useClass: TypeormSupervisionRepository }],
  exports: [SupervisionRepository, SupervisionService],
})
export class SupervisionModule {}
