import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeedDto } from '@peer/contract';
import ical, { escape } from 'ical-generator';
import { DataSource, IsNull } from 'typeorm';
import type { Principal } from '../auth/principal';
import { Reach } from '../cohorts/reach';
import { Cohort, CohortRepository } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import { stockholmInstant } from '../common/stockholm-time';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CalendarFeedEntity } from './persistence/calendar-feed.entity';

/** Private, revocable iCalendar (RFC 5545) feeds of course days. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get feeds() {
    return this.db.getRepository(CalendarFeedEntity);
  }

  async create(actor: Principal, cohortId: string | undefined): Promise<CalendarFeedDto> {
    if (cohortId) await this.access.assertStaff(actor, cohortId);
    else if (actor.user.role === 'admin') throw new ForbiddenException('An administrator has no own course days: ask for a cohort feed');
    const token = newSecretToken();
    const row = await this.feeds.save(this.feeds.create({ tokenHash: hashSecretToken(token), ownerId: actor.user.id, cohortId: cohortId ?? null }));
    return { ...mapFeed(row), url: `${this.config.publicUrl}/api/calendar/${token}.ics` };
  }

  async list(actor: Principal): Promise<CalendarFeedDto[]> {
    const rows = await this.feeds.find({ where: { ownerId: actor.user.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map(mapFeed);
  }

  /** Every feed the user owns, revoked ones too, never the secret (her data export). */
  async dataOf(ownerId: string): Promise<{ id: string; cohortId: string | null; createdAt: string; revokedAt: string | null }[]> {
    const rows = await this.feeds.find({ where: { ownerId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ id: row.id, cohortId: row.cohortId, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null }));
  }

  async revoke(actor: Principal, id: string): Promise<void> {
    const result = await this.feeds.update({ id, ownerId: actor.user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw new NotFoundException('No such calendar feed');
  }

  /** The feed's content, or null for an unknown or revoked token, or one of a deactivated account. */
  async render(token: string): Promise<string | null> {
    const feed = await this.feeds.findOne({ where: { tokenHash: hashSecretToken(token), revokedAt: IsNull() }, relations: { owner: true } });
    // A deactivated account reads nothing, by session or by feed; reactivated, her feeds work again.
    if (!feed?.owner || feed.owner.deactivatedAt) return null;
    const cohorts = await this.cohortsOf(feed);
    const calendar = ical({
      // The library escapes event properties but writes the calendar name (NAME, X-WR-CALNAME) as given,
      // so a line break in a cohort name would start new properties or events of its own.
      name: escape(cohorts.length === 1 ? `PEER Academy: ${cohorts[0]?.name}` : 'PEER Academy', false),
      prodId: { company: 'PEER Academy', product: 'course-days', language: 'SV' },
      ttl: 60 * 60,
    });
    for (const cohort of cohorts) {
      const content = await this.curriculum.content(cohort);
      for (const day of await this.cohorts.days(cohort.id)) {
        const title = content.course.days.find((d) => d.number === day.dayNumber)?.title.sv ?? '';
        calendar.createEvent({
          id: `${day.id}@peer-academy`,
          start: stockholmInstant(day.date, day.startTime),
          end: stockholmInstant(day.date, day.endTime),
          summary: `${cohort.name}, dag ${day.dayNumber}: ${title}`,
          location: day.place,
          url: `${this.config.publicUrl}/`,
        });
      }
    }
    return calendar.toString();
  }

  private async cohortsOf(feed: CalendarFeedEntity): Promise<Cohort[]> {
    const owner = feed.owner as NonNullable<CalendarFeedEntity['owner']>;
    if (feed.cohortId) {
      // A cohort's feed follows its owner's reach: a leader no longer leading the cohort gets no days.
      const cohort = await this.access.staffCohortOf(owner, feed.cohortId);
      return cohort ? [cohort] : [];
    }
    const ids =
      owner.role === 'trainee'
        ? (await this.cohorts.enrolmentsOf(owner.id)).map((e) => e.cohortId)
        : (await this.cohorts.summaries({ leaderId: owner.id })).map((s) => s.id);
    const cohorts = await Promise.all(ids.map((id) => this.cohorts.find(id)));
    return cohorts.filter((c): c is Cohort => c !== null);
  }
}

function mapFeed(row: CalendarFeedEntity): CalendarFeedDto {
  return { id: row.id, cohortId: row.cohortId, createdAt: row.createdAt.toISOString() };
}
