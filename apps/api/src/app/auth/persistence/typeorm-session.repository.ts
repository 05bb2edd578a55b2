import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { Session, SessionRepository } from '../session.repository';
import { SessionEntity } from './session.entity';

@Injectable()
export class TypeormSessionRepository extends SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {
    super();
  }

  async create(session: Session): Promise<void> {
    await this.sessions.insert(session);
  }

  async find(tokenHash: string): Promise<Session | null> {
    const row = await this.sessions.findOneBy({ tokenHash });
    return row
      ? { tokenHash: row.tokenHash, userId: row.userId, csrfToken: row.csrfToken, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt }
      : null;
  }

  async touch(tokenHash: string, lastSeenAt: Date): Promise<void> {
    await this.sessions.update({ tokenHash }, { lastSeenAt });
  }

  async delete(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  async deleteOthers(userId: string, keepTokenHash: string): Promise<void> {
    await this.sessions.delete({ userId, tokenHash: Not(keepTokenHash) });
  }

  async deleteEnded(now: Date, idleSince: Date): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now OR last_seen_at <= :idleSince', { now, idleSince })
      .execute();
    return result.affected ?? 0;
  }
}
