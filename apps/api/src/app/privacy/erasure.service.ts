import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { AdminErasureRequestDto, ErasureDoneResponse, ErasureRequestDto } from '@peer/contract';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { CertificateEvents } from '../certification/certificate-events';
import { RequestValidationError } from '../common/validation';
import { MailService } from '../mail/mail.service';
import { ErasedPerson, ErasureRepository, ErasureRequest, SHORTEST_NAME_TO_SCRUB } from './erasure.repository';

/** Why a trainee was erased: her own request, or the retention period. */
export type ErasureCause = 'request' | 'retention';

/** A trainee's request to be erased, and carrying out an erasure (GDPR Art. 17). */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    private readonly erasures: ErasureRepository,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly certificateEvents: CertificateEvents,
  ) {}

  async mine(actor: Principal): Promise<ErasureRequestDto | null> {
    const pending = await this.erasures.pendingOf(actor.user.id);
    return pending ? toDto(pending) : null;
  }

  /** Idempotent: asking again answers with the request already pending. */
  async request(actor: Principal): Promise<ErasureRequestDto> {
    return toDto(await this.erasures.request(actor.user.id));
  }

  async cancel(actor: Principal): Promise<void> {
    if (!(await this.erasures.cancel(actor.user.id))) throw new NotFoundException('No erasure request is pending');
  }

  async pending(actor: Principal): Promise<AdminErasureRequestDto[]> {
    const requests = await this.erasures.pending(organisationOf(actor));
    await this.audit.record({ actorId: actor.user.id, action: 'privacy.erasure_requests.list', subjectType: 'erasure_request', details: { count: requests.length }, people: requests.map((r) => r.traineeId) });
    return requests.map((r) => ({ ...toDto(r), traineeId: r.traineeId, name: r.name, email: r.email }));
  }

  /** Carries out a pending request; an unknown, settled or cancelled one is 404 alike. */
  async confirm(actor: Principal, requestId: string, confirmed: boolean): Promise<ErasureDoneResponse> {
    if (confirmed !== true) throw new RequestValidationError([{ field: 'confirm', rule: 'equals', message: 'confirm must be true' }]);
    const request = await this.erasures.findPending(requestId, organisationOf(actor));
    if (!request) throw new NotFoundException('No such pending erasure request');
    const erased = await this.erase(request.traineeId, actor.user.id, 'request', request.id);
    if (!erased) throw new NotFoundException('No such pending erasure request');
    return { id: request.id, status: 'done', pseudonym: erased.pseudonym, revokedCertificates: erased.revoked };
  }

  /**
   * Erases one trainee in one transaction, audited without her name; null when she is no
   * trainee or already erased. The public pages of her certificates are told at once.
   */
  async erase(traineeId: string, actorId: string | null, cause: ErasureCause, requestId: string | null = null): Promise<ErasedPerson | null> {
    const pseudonym = `Raderad deltagare ${randomBytes(2).toString('hex').toUpperCase()}`;
    const erased = await this.erasures.erase(traineeId, pseudonym, actorId, async (manager, person) => {
      await this.mail.discardMentioning([person.email, ...(person.name.trim().length >= SHORTEST_NAME_TO_SCRUB ? [person.name] : [])], manager);
      await this.audit.record(
        { actorId, action: 'privacy.erase', subjectType: 'user', subjectId: traineeId, details: { cause, requestId, revokedCertificates: person.revoked }, people: [traineeId] },
        manager,
      );
    });
    if (!erased) return null;
    for (const code of erased.certificateCodes) await this.certificateEvents.changed(code);
    this.logger.log(`Erased trainee ${traineeId} (${cause}); ${erased.revoked} certificate(s) revoked at the holder's request`);
    return erased;
  }
}

function toDto(request: ErasureRequest): ErasureRequestDto {
  return { id: request.id, status: request.status, requestedAt: request.requestedAt.toISOString(), settledAt: request.settledAt?.toISOString() ?? null };
}
