import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShareLinkDto } from '@peer/contract';
import { DataSource, IsNull } from 'typeorm';
import type { Principal } from '../auth/principal';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import { ShareLinkEntity } from './persistence/certification.entities';
import { PublicUrls } from './public-urls';

/** A trainee's own, revocable link to their whole training record. */
@Injectable()
export class ShareLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly urls: PublicUrls,
  ) {}

  private get links() {
    return this.db.getRepository(ShareLinkEntity);
  }

  async create(actor: Principal): Promise<ShareLinkDto> {
    const token = newSecretToken();
    const row = await this.links.save(this.links.create({ traineeId: actor.user.id, tokenHash: hashSecretToken(token) }));
    return { id: row.id, createdAt: row.createdAt.toISOString(), url: this.urls.share(token) };
  }

  async list(actor: Principal): Promise<ShareLinkDto[]> {
    const rows = await this.links.find({ where: { traineeId: actor.user.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map((row) => ({ id: row.id, createdAt: row.createdAt.toISOString() }));
  }

  /** Every link of the trainee, revoked ones too, never the secret (her data export). */
  async dataOf(traineeId: string): Promise<{ id: string; createdAt: string; revokedAt: string | null }[]> {
    const rows = await this.links.find({ where: { traineeId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ id: row.id, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null }));
  }

  async revoke(actor: Principal, id: string): Promise<void> {
    const { affected } = await this.links.update({ id, traineeId: actor.user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!affected) throw new NotFoundException('No such share link');
  }
}
