import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculumController } from './curriculum.controller';
import { CurriculumRepository } from './curriculum.repository';
import { CurriculumService } from './curriculum.service';
import { CurriculumVersionEntity } from './persistence/curriculum-version.entity';
import { StudyVisitKindEntity } from './persistence/study-visit-kind.entity';
import { TypeormCurriculumRepository } from './persistence/typeorm-curriculum.repository';

@Module({
  imports: [TypeOrmModule.forFeature([CurriculumVersionEntity, StudyVisitKindEntity])],
  controllers: [CurriculumController],
  providers: [CurriculumService, { provide: CurriculumRepository, useClass: TypeormCurriculumRepository }],
  exports: [CurriculumService, CurriculumRepository],
})
export class CurriculumModule {}
