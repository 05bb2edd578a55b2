import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateSignatoryDto } from '@peer/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { organisationOf, type Principal } from '../../auth/principal';
import { Issuers } from '../issuers';

/** Who signs an organisation's certificates: printed on every certificate issued while set; issued ones keep what they say. */
@Injectable()
export class CertificateSignatoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuers: Issuers,
    private readonly audit: AuditService,
  ) {}

  async ofActor(actor: Principal): Promise<CertificateSignatoryDto | null> {
    const [row] = await this.db.query('SELECT signatory_name AS name, signatory_title AS title FROM organisations WHERE id = $1', [organisationOf(actor)]);
    return row?.name ? { name: row.name, title: row.title } : null;
  }

  async set(actor: Principal, signatory: CertificateSignatoryDto): Promise<CertificateSignatoryDto> {
    const value = { name: signatory.name.trim(), title: signatory.title.trim() };
    await this.store(actor, value);
    return value;
  }

  remove(actor: Principal): Promise<void> {
    return this.store(actor, null);
  }

  private async store(actor: Principal, value: CertificateSignatoryDto | null): Promise<void> {
    const organisationId = organisationOf(actor);
    await this.db.transaction(async (manager) => {
      await manager.query('UPDATE organisations SET signatory_name = $2, signatory_title = $3 WHERE id = $1', [organisationId, value?.name ?? null, value?.title ?? null]);
      await this.audit.record(
        { actorId: actor.user.id, action: value ? 'certificate-signatory.set' : 'certificate-signatory.remove', subjectType: 'organisation', subjectId: organisationId, details: value ? { ...value } : {} },
        manager,
      );
    });
    this.issuers.forget();
  }
}
