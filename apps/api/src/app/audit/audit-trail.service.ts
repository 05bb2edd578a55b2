import { Injectable } from '@nestjs/common';
import {
  AUDIT_PAGE_SIZE,
  AUDIT_PEOPLE_SHOWN,
  type AuditEventDto,
  type AuditEventPageDto,
  type DataAccessPageDto,
} from '@peer/contract';
import { type AuditEventsQuery, type AuditPageQuery } from '@peer/contract/validation';
import { organisationOf, type Principal } from '../auth/principal';
import { RequestValidationError } from '../common/validation';
import { AuditEventRow, AuditFilter, AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** The most rows one CSV export holds (newest first); the filters narrow it further. */
export const AUDIT_CSV_MAX_ROWS = 50_000;

/** Reads the trail: an administrator sees her organisation's staff's actions and what names its people, a person sees staff access to her own data. */
@Injectable()
export class AuditTrailService {
  constructor(private readonly trail: AuditRepository, private readonly audit: AuditService) {}

  async events(actor: Principal, query: AuditEventsQuery): Promise<AuditEventPageDto> {
    const filter = filterOf(query);
    const page = { offset: query.offset ?? 0, limit: query.limit ?? AUDIT_PAGE_SIZE };
    const { rows, total } = await this.trail.search(organisationOf(actor), filter, page, AUDIT_PEOPLE_SHOWN);
    await this.audit.record({
      actorId: actor.user.id,
      action: 'audit.view',
      subjectType: 'audit_trail',
      details: { filter: { ...filter }, offset: page.offset, count: rows.length },
      people: filter.person ? [filter.person] : [],
    });
    return { events: rows.map(mapEvent), total, offset: page.offset, limit: page.limit };
  }

  /** Every matching event with all its people, for the CSV export; the export is itself an event. */
  async export(actor: Principal, query: AuditEventsQuery): Promise<AuditEventDto[]> {
    const filter = filterOf(query);
    const { rows } = await this.trail.search(organisationOf(actor), filter, { offset: 0, limit: AUDIT_CSV_MAX_ROWS }, null);
    await this.audit.record({
      actorId: actor.user.id,
      action: 'audit.export.csv',
      subjectType: 'audit_trail',
      details: { filter: { ...filter }, count: rows.length },
      people: rows.flatMap((row) => row.people.map((p) => p.id)),
    });
    return rows.map(mapEvent);
  }

  /** Staff reads, exports and changes of the signed-in person's data; her own actions are not listed. */
  async dataAccess(actor: Principal, query: AuditPageQuery): Promise<DataAccessPageDto> {
    const page = { offset: query.offset ?? 0, limit: query.limit ?? AUDIT_PAGE_SIZE };
    const { rows, total } = await this.trail.staffAccessTo(actor.user.id, page);
    return {
      entries: rows.map((row) => ({ id: row.id, at: row.at.toISOString(), action: row.action, staff: row.staff })),
      total,
      offset: page.offset,
      limit: page.limit,
    };
  }
}

function filterOf(query: AuditEventsQuery): AuditFilter {
  if (query.from && query.to && query.to < query.from) {
    throw new RequestValidationError([{ field: 'to', rule: 'notBeforeFrom', message: 'to must be the same day as from or later' }]);
  }
  const filter: AuditFilter = {};
  if (query.person) filter.person = query.person;
  if (query.actor) filter.actor = query.actor;
  if (query.action) filter.action = query.action;
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  return filter;
}

function mapEvent(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actor,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    people: row.people,
    peopleCount: row.peopleCount,
  };
}
