import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { CourseVersionContent, CurriculumRef, StudyVisitKind } from '@peer/curriculum';
import { DataSource, IsNull, Repository } from 'typeorm';
import {
  CurriculumRepository,
  PublishCandidate,
  PublishOutcome,
  Publisher,
  StoredCourseVersion,
  VersionHeader,
} from '../curriculum.repository';
import { CurriculumVersionEntity } from './curriculum-version.entity';
import { StudyVisitKindEntity } from './study-visit-kind.entity';

@Injectable()
export class TypeormCurriculumRepository extends CurriculumRepository {
  private readonly contents = new Map<string, Promise<CourseVersionContent>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CurriculumVersionEntity) private readonly versionRows: Repository<CurriculumVersionEntity>,
    @InjectRepository(StudyVisitKindEntity) private readonly kindRows: Repository<StudyVisitKindEntity>,
  ) {
    super();
  }

  content(ref: CurriculumRef): Promise<CourseVersionContent> {
    const key = `${ref.courseId}@${ref.version}`;
    let content = this.contents.get(key);
    if (!content) {
      content = this.versionRows
        .findOneOrFail({ where: { courseId: ref.courseId, version: ref.version }, select: { id: true, content: true } })
        .then((row) => row.content);
      content.catch(() => this.contents.delete(key)); // a failed read is tried again next time
      this.contents.set(key, content);
    }
    return content;
  }

  publish(candidates: PublishCandidate[], kinds: StudyVisitKind[], actorId: string | null, organisationId: string | null): Promise<PublishOutcome[]> {
    return this.dataSource.transaction(async (manager) => {
      // Concurrent publishes would otherwise race for the same version number.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['peer-curriculum-publish']);
      if (kinds.length > 0) {
        await manager.upsert(StudyVisitKindEntity, kinds.map((k) => ({ id: k.id, title: k.title, setting: k.setting })), ['id']);
      }
      const outcomes: PublishOutcome[] = [];
      for (const candidate of candidates) {
        const newest = await manager.findOne(CurriculumVersionEntity, {
          where: { courseId: candidate.courseId },
          order: { version: 'DESC' },
          select: { version: true, contentHash: true },
        });
        if (newest?.contentHash === candidate.contentHash) {
          outcomes.push({ courseId: candidate.courseId, version: newest.version, status: 'unchanged' });
          continue;
        }
        const version = (newest?.version ?? 0) + 1;
        await manager.insert(CurriculumVersionEntity, { ...candidate, version, publishedBy: actorId, organisationId });
        outcomes.push({ courseId: candidate.courseId, version, status: 'created' });
      }
      return outcomes;
    });
  }

  async latestVersions(): Promise<StoredCourseVersion[]> {
    const rows = await this.versionRows
      .createQueryBuilder('v')
      .distinctOn(['v.course_id'])
      .orderBy('v.course_id')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return rows.map(toStored);
  }

  publishers(): Promise<Publisher[]> {
    return this.dataSource.query('SELECT "id", "slug", "name" FROM "organisations" ORDER BY "slug"');
  }

  async versions(courseId: string): Promise<VersionHeader[]> {
    const rows = await this.versionRows.find({
      where: { courseId },
      order: { version: 'ASC' },
      select: { courseId: true, version: true, kind: true, contentHash: true, publishedAt: true },
    });
    return rows.map(({ courseId: id, version, kind, contentHash, publishedAt }) => ({ courseId: id, version, kind, contentHash, publishedAt }));
  }

  async version(courseId: string, version: number): Promise<StoredCourseVersion | null> {
    const row = await this.versionRows.findOneBy({ courseId, version });
    return row ? toStored(row) : null;
  }

  async kinds(): Promise<StudyVisitKind[]> {
    const rows = await this.kindRows.find({ order: { id: 'ASC' } });
    return rows.map((row) => ({ id: row.id, title: row.title, setting: row.setting }));
  }

  async isEmpty(organisationId: string | null): Promise<boolean> {
    return !(await this.versionRows.exists({ where: { organisationId: organisationId ?? IsNull() } }));
  }
}

function toStored(row: CurriculumVersionEntity): StoredCourseVersion {
  return {
    courseId: row.courseId,
    version: row.version,
    kind: row.kind,
    contentHash: row.contentHash,
    content: row.content,
    publishedAt: row.publishedAt,
    organisationId: row.organisationId,
  };
}
