import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CourseDayDto,
  CourseSummaryDto,
  CourseVersionDiffResponse,
  CourseVersionDto,
  CourseVersionSummaryDto,
  PublishPreviewResponse,
  PublishResponse,
  StudyVisitRequirementDto,
} from '@peer/contract';
import {
  CurriculumBundle,
  CurriculumError,
  courseContentHash,
  courseVersionContent,
  diffCourseVersions,
  loadValidCurriculum,
  RolePlayScenario,
  StudyVisitKind,
} from '@peer/curriculum';
import { resolve } from 'node:path';
import { AuditService } from '../audit/audit.service';
import { FieldConflictError } from '../common/error.filter';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CurriculumRepository, StoredCourseVersion, VersionHeader } from './curriculum.repository';

@Injectable()
export class CurriculumService {
  constructor(
    private readonly versions: CurriculumRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reads `CURRICULUM_DIR`; refuses content with any problem. */
  readSource(): CurriculumBundle {
    try {
      return loadValidCurriculum(resolve(this.config.curriculumDir));
    } catch (error) {
      if (error instanceof CurriculumError) {
        throw new FieldConflictError(
          error.problems.map((p) => ({ field: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path}`, rule: 'curriculum', message: p.reason })),
          HttpStatus.UNPROCESSABLE_ENTITY,
        );
      }
      throw error;
    }
  }

  async publish(bundle: CurriculumBundle, actorId: string | null): Promise<PublishResponse> {
    const candidates = bundle.courses.map((course) => ({
      courseId: course.id,
      kind: course.kind,
      contentHash: courseContentHash(course, bundle.scenarios),
      content: courseVersionContent(course, bundle.scenarios),
    }));
    const courses = await this.versions.publish(candidates, [...bundle.studyVisitKinds], actorId);
    await this.audit.record({
      actorId,
      action: 'curriculum.publish',
      subjectType: 'curriculum',
      details: { created: courses.filter((c) => c.status === 'created').map((c) => `${c.courseId}@${c.version}`) },
    });
    return { courses };
  }

  /** What `publish` would do with the content as it is now, course by course, without writing anything. */
  async preview(bundle: CurriculumBundle): Promise<PublishPreviewResponse> {
    const latest = new Map((await this.versions.latestVersions()).map((stored) => [stored.courseId, stored]));
    return {
      courses: bundle.courses.map((course) => {
        const current = latest.get(course.id);
        const title = course.title;
        if (!current) return { courseId: course.id, title, current: null, status: 'new' as const, changes: [] };
        if (current.contentHash === courseContentHash(course, bundle.scenarios)) return { courseId: course.id, title, current: current.version, status: 'unchanged' as const, changes: [] };
        const changes = diffCourseVersions(current.content, courseVersionContent(course, bundle.scenarios));
        return { courseId: course.id, title, current: current.version, status: 'changed' as const, changes };
      }),
    };
  }

  /** For demo data: publishes the shipped content into a database that has none. */
  async publishIfEmpty(): Promise<boolean> {
    if (!(await this.versions.isEmpty())) return false;
    await this.publish(this.readSource(), null);
    return true;
  }

  async courses(): Promise<CourseSummaryDto[]> {
    const latest = await this.versions.latestVersions();
    const order = { base: 0, module: 1, refresher: 2 } as Record<string, number>;
    latest.sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || a.courseId.localeCompare(b.courseId));
    return latest.map(({ content: { course }, version, publishedAt }) => ({
      id: course.id,
      kind: course.kind,
      title: course.title,
      summary: course.summary,
      prerequisites: [...course.prerequisites],
      dayCount: course.dayCount,
      hours: course.hours,
      latestVersion: version,
      publishedAt: publishedAt.toISOString(),
    }));
  }

  async versionList(courseId: string): Promise<CourseVersionSummaryDto[]> {
    const headers = await this.versions.versions(courseId);
    if (headers.length === 0) throw new NotFoundException(`No published course "${courseId}"`);
    return headers.map(mapHeader);
  }

  async version(courseId: string, version: number): Promise<CourseVersionDto> {
    const stored = await this.find(courseId, version);
    return { ...mapHeader(stored), content: stored.content };
  }

  async day(courseId: string, version: number, dayNumber: number): Promise<CourseDayDto> {
    const { content } = await this.find(courseId, version);
    const day = content.course.days.find((d) => d.number === dayNumber);
    if (!day) throw new NotFoundException(`${courseId} version ${version} has no day ${dayNumber} (it has ${content.course.dayCount})`);
    return { courseId, version, day };
  }

  async scenarios(courseId: string, version: number): Promise<RolePlayScenario[]> {
    return [...(await this.find(courseId, version)).content.scenarios];
  }

  async studyVisits(courseId: string, version: number): Promise<StudyVisitRequirementDto[]> {
    const [{ content }, kinds] = await Promise.all([this.find(courseId, version), this.versions.kinds()]);
    const kindById = new Map(kinds.map((k) => [k.id, k]));
    const required = new Set(content.course.completion.studyVisits);
    return content.course.studyVisits.map((visit) => ({
      ...visit,
      required: required.has(visit.id),
      kindTitle: kindById.get(visit.kind)?.title ?? { sv: visit.kind, en: visit.kind },
    }));
  }

  kinds(): Promise<StudyVisitKind[]> {
    return this.versions.kinds();
  }

  async diff(courseId: string, from: number, to: number): Promise<CourseVersionDiffResponse> {
    const [a, b] = await Promise.all([this.find(courseId, from), this.find(courseId, to)]);
    return { courseId, from, to, changes: diffCourseVersions(a.content, b.content) };
  }

  private async find(courseId: string, version: number): Promise<StoredCourseVersion> {
    const stored = await this.versions.version(courseId, version);
    if (!stored) throw new NotFoundException(`No version ${version} of course "${courseId}"`);
    return stored;
  }
}

function mapHeader(header: VersionHeader): CourseVersionSummaryDto {
  return { courseId: header.courseId, version: header.version, contentHash: header.contentHash, publishedAt: header.publishedAt.toISOString() };
}
