import type { CourseKind, CourseVersionContent, CurriculumRef, StudyVisitKind } from '@peer/curriculum';

export interface StoredCourseVersion {
  courseId: string;
  version: number;
  kind: CourseKind;
  contentHash: string;
  content: CourseVersionContent;
  publishedAt: Date;
}

export type VersionHeader = Omit<StoredCourseVersion, 'content'>;

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
   */
  abstract publish(candidates: PublishCandidate[], kinds: StudyVisitKind[], actorId: string | null): Promise<PublishOutcome[]>;
  /** The newest version of every course (content included). */
  abstract latestVersions(): Promise<StoredCourseVersion[]>;
  abstract versions(courseId: string): Promise<VersionHeader[]>;
  abstract version(courseId: string, version: number): Promise<StoredCourseVersion | null>;
  /** A published version's content; read once per process (published versions never change). Rejects for an unknown one. */
  abstract content(ref: CurriculumRef): Promise<CourseVersionContent>;
  abstract kinds(): Promise<StudyVisitKind[]>;
  abstract isEmpty(): Promise<boolean>;
}
