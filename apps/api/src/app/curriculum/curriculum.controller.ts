import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CourseDayDto,
  CourseListResponse,
  CourseVersionDiffResponse,
  CourseVersionDto,
  CourseVersionListResponse,
  PublishPreviewResponse,
  PublishResponse,
  ROLES,
  RolePlayScenarioListResponse,
  StudyVisitKindListResponse,
  StudyVisitRequirementListResponse,
} from '@peer/contract';
import { CourseDayParams, CourseDiffQuery, CourseParams, CourseVersionParams } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { CurriculumService } from './curriculum.service';

const READERS = ROLES;

@ApiTags('curriculum')
@Controller('curriculum')
export class CurriculumController {
  constructor(private readonly curriculum: CurriculumService) {}

  /**
   * Publishes content of CURRICULUM_DIR, a new version per changed course: the national
   * administrator the national courses shared by every organisation, an organisation's
   * administrator its own modules (organisations/<slug>/).
   */
  @Post('publish')
  @Roles('national_admin', 'admin')
  async publish(@CurrentUser() actor: Principal): Promise<PublishResponse> {
    const publisher = await this.curriculum.publisherOf(actor);
    return this.curriculum.publish(this.curriculum.readSource(publisher), publisher, actor.user.id);
  }

  /** What publishing would create, course by course, with the changes from each newest version. */
  @Get('publish/preview')
  @Roles('national_admin', 'admin')
  async preview(@CurrentUser() actor: Principal): Promise<PublishPreviewResponse> {
    const publisher = await this.curriculum.publisherOf(actor);
    return this.curriculum.preview(this.curriculum.readSource(publisher), publisher);
  }

  /** The courses the caller's organisation may run: the national ones and its own modules. */
  @Get('courses')
  @Roles(...READERS)
  async courses(@CurrentUser() actor: Principal): Promise<CourseListResponse> {
    return { courses: await this.curriculum.courses(actor) };
  }

  @Get('study-visit-kinds')
  @Roles(...READERS)
  async kinds(): Promise<StudyVisitKindListResponse> {
    return { kinds: await this.curriculum.kinds() };
  }

  @Get('courses/:courseId/versions')
  @Roles(...READERS)
  async versions(@Param() params: CourseParams): Promise<CourseVersionListResponse> {
    return { versions: await this.curriculum.versionList(params.courseId) };
  }

  @Get('courses/:courseId/versions/:version')
  @Roles(...READERS)
  version(@Param() params: CourseVersionParams): Promise<CourseVersionDto> {
    return this.curriculum.version(params.courseId, params.version);
  }

  @Get('courses/:courseId/versions/:version/days/:day')
  @Roles(...READERS)
  day(@Param() params: CourseDayParams): Promise<CourseDayDto> {
    return this.curriculum.day(params.courseId, params.version, params.day);
  }

  @Get('courses/:courseId/versions/:version/scenarios')
  @Roles(...READERS)
  async scenarios(@Param() params: CourseVersionParams): Promise<RolePlayScenarioListResponse> {
    return { scenarios: await this.curriculum.scenarios(params.courseId, params.version) };
  }

  @Get('courses/:courseId/versions/:version/study-visits')
  @Roles(...READERS)
  async studyVisits(@Param() params: CourseVersionParams): Promise<StudyVisitRequirementListResponse> {
    return { studyVisits: await this.curriculum.studyVisits(params.courseId, params.version) };
  }

  /** What changed from version `from` to this one. */
  @Get('courses/:courseId/versions/:version/diff')
  @Roles(...READERS)
  diff(@Param() params: CourseVersionParams, @Query() query: CourseDiffQuery): Promise<CourseVersionDiffResponse> {
    return this.curriculum.diff(params.courseId, query.from, params.version);
  }
}
