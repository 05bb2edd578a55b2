import type { CourseKind, CourseVersionContent, CurriculumRef, StudyVisitKind } from '@peer/curriculum';

export interface StoredCourseVersion {
  courseId: string;
  version: number;
  kind: CourseKind;
  contentHash: string;
  content: CourseVersionContent;
  publishedAt: Date;
  /** The organisation whose own module this is; null for a national course. */
  organisationId: string | null;
}

export type VersionHeader = Omit<StoredCourseVersion, 'content' | 'organisationId'>;

/** An organisation, as the owner of modules of its own: their ids start with `<slug>.`. */
export interface Publisher {
  id: string;
  slug: string;
  name: string;
}

export interface PublishCandidate {
  courseId: string;
  kind: CourseKind;
  contentHash: string;
  content: CourseVersionContent;
}

export interface PublishOutcome {
  courseId: string;
  version: number;
  status: 'created' | 'unchanged';
}

/** Port: storage of published, immutable curriculum versions. */
export abstract class CurriculumRepository {
  /**
   * In one transaction: for each course, append a version numbered one past the
   * newest unless the newest has the same content hash; upsert the kinds.
   * `organisationId` owns the versions it creates (null: national).
   */
  abstract publish(candidates: PublishCandidate[], kinds: StudyVisitKind[], actorId: string | null, organisationId: string | null): Promise<PublishOutcome[]>;
  /** The newest version of every course (content included), national and every organisation's. */
  abstract latestVersions(): Promise<StoredCourseVersion[]>;
  /** Every organisation, by slug. */
  abstract publishers(): Promise<Publisher[]>;
  abstract versions(courseId: string): Promise<VersionHeader[]>;
  abstract version(courseId: string, version: number): Promise<StoredCourseVersion | null>;
  /** A published version's content; read once per process (published versions never change). Rejects for an unknown one. */
  abstract content(ref: CurriculumRef): Promise<CourseVersionContent>;
  abstract kinds(): Promise<StudyVisitKind[]>;
  /** Whether that owner (null: national) has published nothing yet. */
  abstract isEmpty(organisationId: string | null): Promise<boolean>;
}
