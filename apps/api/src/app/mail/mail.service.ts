import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise composes it with the
 * same library and leaves it in the outbox folder, never on the network.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : createTransport({ jsonTransport: true });
  }

  async send(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (this.config.mail.smtpUrl) return;
    await mkdir(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
    await writeFile(file, String((info as { message: string }).message));
    this.logger.log(`Mail to the outbox: ${file}`);
  }
}
