import type { CourseKind, CourseVersionContent } from '@peer/curriculum';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published course version. Rows are immutable: a trigger refuses UPDATE and DELETE. */
@Entity({ name: 'curriculum_versions' })
@Index('curriculum_versions_course_version_key', ['courseId', 'version'], { unique: true })
export class CurriculumVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: CourseKind;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  content!: CourseVersionContent;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  /** The organisation whose own module this is; null for the national courses. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;
}
