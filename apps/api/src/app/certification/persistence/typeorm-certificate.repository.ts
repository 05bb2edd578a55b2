import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import type { RevocationReason } from '@peer/contract';
import { isUniqueViolation } from '../../common/database-errors';
import { Certificate, CertificateRepository, StoreOptions, StoreOutcome } from '../certificate.repository';
import type { ReachScope } from '../../cohorts/reach';
import { reachCondition } from '../../cohorts/persistence/typeorm-reach.repository';
import { StatusLists } from './status-lists';
import { CertificateEntity, CertificationJobItemEntity } from './certification.entities';

/** The certificate to replace stopped being valid before the new one was stored. */
class ReplacedMeanwhile extends Error {}

@Injectable()
export class TypeormCertificateRepository extends CertificateRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly statusLists: StatusLists,
  ) {
    super();
  }

  private get rows() {
    return this.db.getRepository(CertificateEntity);
  }

  hasValid(traineeId: string, courseId: string, version: number): Promise<boolean> {
    return this.rows.existsBy({ traineeId, courseId, version, status: 'valid' });
  }

  async validHolders(courseId: string, version: number): Promise<Set<string>> {
    const rows = await this.rows.find({ where: { courseId, version, status: 'valid' }, select: { traineeId: true } });
    return new Set(rows.map((r) => r.traineeId));
  }

  async store(certificate: Certificate, pdf: Buffer, { replaces, renews, jobItem }: StoreOptions = {}): Promise<StoreOutcome> {
    try {
      if (!replaces && !renews) {
        await this.storeAlone(certificate, pdf, jobItem);
        return 'stored';
      }
      await this.db.transaction(async (manager) => {
        if (replaces) {
          const { affected } = await manager.update(CertificateEntity, { id: replaces, status: 'valid' }, { status: 'superseded', supersededBy: certificate.id });
          if (!affected) throw new ReplacedMeanwhile();
        }
        if (renews) {
          // Stored valid, also when past its end date; a concurrent renewal waits on the row lock and then finds it renewed.
          const { affected } = await manager.update(CertificateEntity, { id: renews, status: 'valid' }, { status: 'renewed' });
          if (!affected) throw new ReplacedMeanwhile();
        }
        await manager.getRepository(CertificateEntity).insert({ ...certificate, pdf } as never); // jsonb `credential` defeats TypeORM's deep-partial typing
        await this.statusLists.taken(manager, certificate.statusList);
        if (jobItem) {
          await manager.update(CertificationJobItemEntity, { ...jobItem, status: 'pending' }, { status: 'issued', reason: null, error: null, certificateId: certificate.id, updatedAt: new Date() });
        }
      });
      return 'stored';
    } catch (error) {
      if (error instanceof ReplacedMeanwhile) return 'replaced-meanwhile';
      if (isUniqueViolation(error, 'certificates_status_entry_key')) return 'entry-taken';
      if (isUniqueViolation(error)) return 'already-valid';
      throw error;
    }
  }

  /**
   * A certificate that replaces nothing, in one statement: it is stored, its status entry
   * counted and its job row settled together or not at all, in one round trip (a cohort
   * of a thousand makes a thousand of these).
   */
  private async storeAlone(c: Certificate, pdf: Buffer, jobItem?: StoreOptions['jobItem']): Promise<void> {
    // An UPDATE answers TypeORM with its rows and its count.
    const [[list]] = (await this.db.query(
      `WITH inserted AS (
         INSERT INTO certificates (id, code, trainee_id, enrolment_id, course_id, curriculum_version, status, holder_name, issuer_name, language,
                                   issued_at, issued_by, valid_until, revoked_at, revocation_code, revocation_note, superseded_by, renews_certificate_id,
                                   status_list, status_index, key_id, credential, pdf, pdf_sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
         RETURNING id, status_list),
       item AS (
         UPDATE certification_job_items SET status = 'issued', reason = NULL, error = NULL, certificate_id = (SELECT id FROM inserted), updated_at = now()
          WHERE $25::uuid IS NOT NULL AND job_id = $25 AND enrolment_id = $26 AND status = 'pending')
       UPDATE status_lists SET used = used + 1 WHERE id = (SELECT status_list FROM inserted) RETURNING used, capacity`,
      [
        c.id, c.code, c.traineeId, c.enrolmentId, c.courseId, c.version, c.status, c.holderName, c.issuerName, c.language,
        c.issuedAt, c.issuedBy, c.validUntil, c.revokedAt, c.revocationCode, c.revocationNote, c.supersededBy, c.renews,
        c.statusList, c.statusIndex, c.keyId, JSON.stringify(c.credential), pdf, c.pdfSha256,
        jobItem?.jobId ?? null, jobItem?.enrolmentId ?? null,
      ],
    )) as [[{ used: number; capacity: number }], number];
    await this.statusLists.counted(c.statusList, list);
  }

  async find(id: string): Promise<Certificate | null> {
    return this.rows.findOneBy({ id });
  }

  async withPdf(id: string): Promise<{ certificate: Certificate; pdf: Buffer } | null> {
    const row = await this.rows.createQueryBuilder('c').addSelect('c.pdf').where('c.id = :id', { id }).getOne();
    if (!row) return null;
    const { pdf, ...certificate } = row;
    return { certificate, pdf };
  }

  async revoke(id: string, revocation: { reason: RevocationReason; note: string | null }, at: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [revoked] = (await manager.query(
        `UPDATE certificates SET status = 'revoked', revoked_at = $2, revocation_code = $3, revocation_note = $4
          WHERE id = $1 AND status = 'valid' RETURNING renews_certificate_id`,
        [id, at, revocation.reason, revocation.note],
      )) as [{ renews_certificate_id: string | null }[], number];
      if (revoked.length === 0) return false;
      const renewed = revoked[0]?.renews_certificate_id;
      // A revoked renewal renews nothing: the certificate it replaced is current again, unless another renewal stands.
      if (renewed) {
        await manager.query(
          `UPDATE certificates SET status = 'valid'
            WHERE id = $1 AND status = 'renewed'
              AND NOT EXISTS (SELECT 1 FROM certificates r WHERE r.renews_certificate_id = $1 AND r.status IN ('valid', 'renewed'))`,
          [renewed],
        );
      }
      return true;
    });
  }

  async expiring(scope: ReachScope, from: Date, until: Date): Promise<Certificate[]> {
    const reach = reachCondition(scope, { cohortId: 'e.cohort_id', traineeId: 'e.trainee_id' }, 3);
    const ids = (await this.db.query(
      `SELECT c.id FROM certificates c
        WHERE c.status = 'valid' AND c.valid_until > $1 AND c.valid_until <= $2
          AND EXISTS (SELECT 1 FROM enrolments e JOIN cohorts ec ON ec.id = e.cohort_id
                       WHERE e.trainee_id = c.trainee_id AND ${reach.sql}
                         -- Only the organisation that issued it: a trainee who moved takes her certificates along, not to her new staff.
                         AND ec.organisation_id = (SELECT cc.organisation_id FROM enrolments ce JOIN cohorts cc ON cc.id = ce.cohort_id WHERE ce.id = c.enrolment_id))`,
      [from, until, ...reach.params],
    )) as { id: string }[];
    if (ids.length === 0) return [];
    return this.rows.find({ where: { id: In(ids.map((r) => r.id)) }, order: { validUntil: 'ASC', id: 'ASC' } });
  }

  async renewedBy(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT DISTINCT ON (renews_certificate_id) renews_certificate_id AS renews, id FROM certificates
        WHERE renews_certificate_id = ANY($1::uuid[]) ORDER BY renews_certificate_id, issued_at DESC, id`,
      [ids],
    )) as { renews: string; id: string }[];
    return new Map(rows.map((r) => [r.renews, r.id]));
  }

  list(filter: { traineeId?: string; enrolmentIds?: string[]; ids?: string[] }): Promise<Certificate[]> {
    const where: FindOptionsWhere<CertificateEntity> = {};
    if (filter.traineeId) where.traineeId = filter.traineeId;
    if (filter.enrolmentIds) where.enrolmentId = In(filter.enrolmentIds);
    if (filter.ids) where.id = In(filter.ids);
    return this.rows.find({ where, order: { issuedAt: 'DESC' } });
  }
}
