import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  PublishPreviewResponse,
  PublishResponse,
  CourseListResponse,
  CourseSummaryDto,
  CourseVersionDiffResponse,
  CourseVersionDto,
  CourseVersionListResponse,
  CourseVersionSummaryDto,
  StudyVisitRequirementDto,
  StudyVisitRequirementListResponse,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';
import { sortCourses } from './course-order';

export const CURRICULUM_API = '/api/curriculum';

/** One published course version with its study visits, as the course page shows it. */
export interface CourseVersionView {
  readonly version: CourseVersionDto;
  readonly studyVisits: readonly StudyVisitRequirementDto[];
}

/** The published curriculum, read-only, for every signed-in role. */
@Injectable({ providedIn: 'root' })
export class CurriculumService {
  private readonly http = inject(HttpClient);

  /** The newest version of every course: base course first, then modules, then refreshers. */
  async courses(): Promise<CourseSummaryDto[]> {
    const response = await firstValueFrom(this.http.get<CourseListResponse>(`${CURRICULUM_API}/courses`));
    return sortCourses(response.courses);
  }

  /** Administrators: what publishing the curriculum as it is now would create, with the changes per course. */
  publishPreview(): Promise<PublishPreviewResponse> {
    return firstValueFrom(this.http.get<PublishPreviewResponse>(`${CURRICULUM_API}/publish/preview`));
  }

  /** Administrators: publishes a new version of every changed course. */
  publish(): Promise<PublishResponse> {
    return firstValueFrom(this.http.post<PublishResponse>(`${CURRICULUM_API}/publish`, {}));
  }

  /** Every published version of a course, oldest first. */
  async versions(courseId: string): Promise<CourseVersionSummaryDto[]> {
    const response = await firstValueFrom(this.http.get<CourseVersionListResponse>(`${courseUrl(courseId)}/versions`));
    return [...response.versions].sort((a, b) => a.version - b.version);
  }

  /** One version with everything it contains. */
  version(courseId: string, version: number): Promise<CourseVersionDto> {
    return firstValueFrom(this.http.get<CourseVersionDto>(versionUrl(courseId, version)));
  }

  /** The study visits of a version, each with its kind's title and whether it is required. */
  async studyVisits(courseId: string, version: number): Promise<StudyVisitRequirementDto[]> {
    const url = `${versionUrl(courseId, version)}/study-visits`;
    const response = await firstValueFrom(this.http.get<StudyVisitRequirementListResponse>(url));
    return response.studyVisits;
  }

  /** A version and its study visits, fetched side by side. */
  async versionView(courseId: string, version: number): Promise<CourseVersionView> {
    const [content, studyVisits] = await Promise.all([this.version(courseId, version), this.studyVisits(courseId, version)]);
    return { version: content, studyVisits };
  }

  /** What changed from version `from` to version `to`. */
  diff(courseId: string, from: number, to: number): Promise<CourseVersionDiffResponse> {
    const params = new HttpParams().set('from', from);
    return firstValueFrom(this.http.get<CourseVersionDiffResponse>(`${versionUrl(courseId, to)}/diff`, { params }));
  }
}

function courseUrl(courseId: string): string {
  return `${CURRICULUM_API}/courses/${encodeURIComponent(courseId)}`;
}

function versionUrl(courseId: string, version: number): string {
  return `${courseUrl(courseId)}/versions/${version}`;
}
