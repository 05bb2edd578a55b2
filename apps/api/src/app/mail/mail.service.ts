import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JobQueue, QUEUE_SCHEMA } from '../jobs/job-queue';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export const MAIL_JOB = 'mail.send';

/**
 * Mail goes out through the job queue, so a slow or absent SMTP server never
 * fails a request and a crash loses nothing: a mail queued in a transaction
 * is sent exactly when that transaction commits. With SMTP_URL it is sent over
 * SMTP; otherwise it is composed with the same library and left in the outbox
 * folder, never on the network.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : createTransport({ jsonTransport: true });
  }

  onModuleInit(): void {
    this.queue.define<Mail>({
      name: MAIL_JOB,
      handler: (mail) => this.deliver(mail),
      concurrency: 2,
      // Mail may carry one-time links: the finished job is not kept.
      queue: { retryLimit: 8, retryDelay: 30, retryBackoff: true, deleteAfterSeconds: 60 },
    });
  }

  /** Queues the mail; pass the transaction's manager when it belongs to a write. */
  async send(mail: Mail, manager?: EntityManager): Promise<void> {
    // Subjects are built from what users typed; a header is one line, whatever the transport makes of breaks.
    await this.queue.send(MAIL_JOB, { ...mail, subject: singleLine(mail.subject) }, {}, manager);
  }

  /**
   * Drops queued and finished mail that mentions any of `texts` (case-insensitive), in the
   * caller's transaction: after an erasure no copy of a mail to or about the person is kept.
   * A mail being sent at this moment is left alone.
   */
  async discardMentioning(texts: string[], manager: EntityManager): Promise<void> {
    const needles = texts.map((text) => text.trim().toLowerCase()).filter((text) => text.length > 0);
    if (needles.length === 0) return;
    await manager.query(
      `DELETE FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state <> 'active' AND EXISTS (SELECT 1 FROM unnest($2::text[]) n WHERE strpos(lower(data::text), n) > 0)`,
      [MAIL_JOB, needles],
    );
  }

  private async deliver(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (this.config.mail.smtpUrl) return;
    await mkdir(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
    await writeFile(file, String((info as { message: string }).message));
    this.logger.log(`Mail to the outbox: ${file}`);
  }
}

/** Collapses every run of whitespace, line breaks included, into one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
