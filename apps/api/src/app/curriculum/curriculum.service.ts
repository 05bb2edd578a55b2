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
  courseContentHash,
  courseVersionContent,
  diffCourseVersions,
  loadCurriculum,
  ownerOf,
  RolePlayScenario,
  StudyVisitKind,
} from '@peer/curriculum';
import { resolve } from 'node:path';
import { AuditService } from '../audit/audit.service';
import { FieldConflictError } from '../common/error.filter';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CurriculumRepository, Publisher, StoredCourseVersion, VersionHeader } from './curriculum.repository';

/** Where an organisation's own content lives in CURRICULUM_DIR. */
const ORGANISATION_FOLDER = (slug: string) => `organisations/${slug}/`;

@Injectable()
export class CurriculumService {
  constructor(
    private readonly versions: CurriculumRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Reads `CURRICULUM_DIR` for one publisher (null: national). Refuses it when a file the
   * publisher's content rests on has a problem: the national files, and an organisation's own
   * folder. Another organisation's broken module holds up nobody else.
   */
  readSource(publisher: Publisher | null): CurriculumBundle {
    const { bundle, problems } = loadCurriculum(resolve(this.config.curriculumDir));
    const concerned = problems.filter(({ file }) => !file.startsWith('organisations/') || (publisher !== null && file.startsWith(ORGANISATION_FOLDER(publisher.slug))));
    if (concerned.length > 0) {
      throw new FieldConflictError(
        concerned.map((p) => ({ field: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path}`, rule: 'curriculum', message: p.reason })),
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    return bundle;
  }

  /** Whose content the actor publishes: the national administrator the national courses, an administrator her organisation's own modules. */
  async publisherOf(actor: Principal): Promise<Publisher | null> {
    const { organisationId } = actor.user;
    if (organisationId === null) return null;
    const publisher = (await this.versions.publishers()).find((p) => p.id === organisationId);
    if (!publisher) throw new Error(`organisation ${organisationId} not found`);
    return publisher;
  }

  /** Organisations whose folder in CURRICULUM_DIR holds courses, by slug. */
  async publishersWithContent(): Promise<Publisher[]> {
    const { bundle } = loadCurriculum(resolve(this.config.curriculumDir));
    const owners = new Set(bundle.courses.map((c) => ownerOf(c.id)));
    return (await this.versions.publishers()).filter((p) => owners.has(p.slug));
  }

  /** Publishes the publisher's courses of `bundle` (national ones for null): a new version of each that changed. */
  async publish(bundle: CurriculumBundle, publisher: Publisher | null, actorId: string | null): Promise<PublishResponse> {
    const candidates = ownCourses(bundle, publisher).map((course) => ({
      courseId: course.id,
      kind: course.kind,
      contentHash: courseContentHash(course, bundle.scenarios),
      content: courseVersionContent(course, bundle.scenarios),
    }));
    // Study-visit kinds are a national list: organisations use it, never change it.
    const kinds = publisher ? [] : [...bundle.studyVisitKinds];
    const courses = await this.versions.publish(candidates, kinds, actorId, publisher?.id ?? null);
    await this.audit.record({
      actorId,
      action: 'curriculum.publish',
      subjectType: 'curriculum',
      details: { created: courses.filter((c) => c.status === 'created').map((c) => `${c.courseId}@${c.version}`) },
    });
    return { courses };
  }

  /** What `publish` would do with the content as it is now, course by course, without writing anything. */
  async preview(bundle: CurriculumBundle, publisher: Publisher | null): Promise<PublishPreviewResponse> {
    const latest = new Map((await this.versions.latestVersions()).map((stored) => [stored.courseId, stored]));
    return {
      courses: ownCourses(bundle, publisher).map((course) => {
        const current = latest.get(course.id);
        const title = course.title;
        if (!current) return { courseId: course.id, title, current: null, status: 'new' as const, changes: [] };
        if (current.contentHash === courseContentHash(course, bundle.scenarios)) return { courseId: course.id, title, current: current.version, status: 'unchanged' as const, changes: [] };
        const changes = diffCourseVersions(current.content, courseVersionContent(course, bundle.scenarios));
        return { courseId: course.id, title, current: current.version, status: 'changed' as const, changes };
      }),
    };
  }

  /** For demo data: publishes the shipped content of one publisher (null: national) that has published nothing yet. */
  async publishIfEmpty(publisher: Publisher | null = null): Promise<boolean> {
    if (!(await this.versions.isEmpty(publisher?.id ?? null))) return false;
    await this.publish(this.readSource(publisher), publisher, null);
    return true;
  }

  /** The newest version of each course the viewer's organisation may run: the national ones and its own (the national administrator sees every one). */
  async courses(viewer: Principal): Promise<CourseSummaryDto[]> {
    const [latest, publishers] = await Promise.all([this.versions.latestVersions(), this.versions.publishers()]);
    const names = new Map(publishers.map((p) => [p.id, p.name]));
    const organisationId = viewer.user.organisationId;
    const visible = latest.filter((v) => v.organisationId === null || organisationId === null || v.organisationId === organisationId);
    const order = { base: 0, module: 1, refresher: 2 } as Record<string, number>;
    visible.sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || a.courseId.localeCompare(b.courseId));
    return visible.map(({ content: { course }, version, publishedAt, organisationId: owner }) => ({
      id: course.id,
      kind: course.kind,
      title: course.title,
      summary: course.summary,
      prerequisites: [...course.prerequisites],
      dayCount: course.dayCount,
      hours: course.hours,
      latestVersion: version,
      publishedAt: publishedAt.toISOString(),
      organisation: owner === null ? null : (names.get(owner) ?? null),
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

function ownCourses(bundle: CurriculumBundle, publisher: Publisher | null) {
  return bundle.courses.filter((course) => ownerOf(course.id) === (publisher?.slug ?? null));
}

function mapHeader(header: VersionHeader): CourseVersionSummaryDto {
  return { courseId: header.courseId, version: header.version, contentHash: header.contentHash, publishedAt: header.publishedAt.toISOString() };
}
