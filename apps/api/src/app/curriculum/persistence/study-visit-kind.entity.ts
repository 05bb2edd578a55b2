import type { StudyVisitSetting, Text } from '@peer/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Kinds of units a study visit goes to. Versions refer to them by id, so they are never removed. */
@Entity({ name: 'study_visit_kinds' })
export class StudyVisitKindEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'jsonb' })
  title!: Text;

  @Column({ type: 'varchar', length: 20 })
  setting!: StudyVisitSetting;
}
