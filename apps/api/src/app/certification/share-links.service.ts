import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { SHARE_LINK_NOT_SHAREABLE, type ShareLinkDto } from '@peer/contract';
import { type CreateShareLinkRequest } from '@peer/contract/validation';
import type { Principal } from '../auth/principal';
import { FieldConflictError } from '../common/error.filter';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import { PublicUrls } from './public-urls';
import { ShareLink, ShareLinkRepository } from './share-link.repository';

/** A trainee's own, revocable links to the certificates she chose to show an employer. */
@Injectable()
export class ShareLinksService {
  constructor(
    private readonly links: ShareLinkRepository,
    private readonly urls: PublicUrls,
  ) {}

  async create(actor: Principal, request: CreateShareLinkRequest): Promise<ShareLinkDto> {
    const token = newSecretToken();
    const link = await this.links.create({
      traineeId: actor.user.id,
      tokenHash: hashSecretToken(token),
      certificateIds: request.certificateIds,
      includeSupervision: request.includeSupervision ?? false,
    });
    // Someone else's certificate answers exactly like an unknown one.
    if (!link) {
      throw new FieldConflictError(
        [{ field: 'certificateIds', rule: SHARE_LINK_NOT_SHAREABLE, code: SHARE_LINK_NOT_SHAREABLE, message: 'certificateIds must name your own valid, expired or renewed certificates' }],
        HttpStatus.UNPROCESSABLE_ENTITY,
        SHARE_LINK_NOT_SHAREABLE,
      );
    }
    return { ...toDto(link), url: this.urls.share(token) };
  }

  /** Her working links, newest first. */
  async list(actor: Principal): Promise<ShareLinkDto[]> {
    const links = await this.links.list(actor.user.id, { includeRevoked: false });
    return links.reverse().map(toDto);
  }

  /** Every link of the trainee, revoked ones too, with what each shows, never the secret (her data export). */
  async dataOf(traineeId: string): Promise<{ id: string; createdAt: string; revokedAt: string | null; certificateIds: string[]; includeSupervision: boolean }[]> {
    const links = await this.links.list(traineeId, { includeRevoked: true });
    return links.map((link) => ({ ...toDto(link), revokedAt: link.revokedAt?.toISOString() ?? null }));
  }

  async revoke(actor: Principal, id: string): Promise<void> {
    if (!(await this.links.revoke(actor.user.id, id, new Date()))) throw new NotFoundException('No such share link');
  }
}

function toDto(link: ShareLink): ShareLinkDto {
  return { id: link.id, createdAt: link.createdAt.toISOString(), certificateIds: link.certificateIds, includeSupervision: link.includeSupervision };
}
