import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { CourseVersionContent } from '@peer/curriculum';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { JobContext, JobQueue } from '../jobs/job-queue';
import { Mail, MailService } from '../mail/mail.service';
import { DueReminder, ExpiryReminderRepository } from './expiry-reminder.repository';
import { PublicUrls } from './public-urls';

export const EXPIRY_REMINDERS_JOB = 'certificates.expiry-reminders';
/** Days before the end of validity at which the holder is reminded, largest first. */
export const EXPIRY_REMINDER_THRESHOLDS = [90, 30] as const;
/** Certificates handled per round. */
export const EXPIRY_REMINDER_BATCH = 100;

/**
 * Reminds holders by mail 90 and 30 days before their certificate expires, daily. Each
 * reminder goes out once: it is recorded with its mail in one transaction under the key
 * (certificate, threshold), so a second run, or a run on another instance, sends nothing.
 * When a certificate is already within 30 days (the job was down, or it was issued so),
 * only the 30-day reminder goes out. The mail names the certificate and its end date only.
 */
@Injectable()
export class ExpiryReminders implements OnModuleInit {
  private readonly logger = new Logger(ExpiryReminders.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly reminders: ExpiryReminderRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly mail: MailService,
    private readonly urls: PublicUrls,
  ) {}

  onModuleInit(): void {
    this.queue.define({
      name: EXPIRY_REMINDERS_JOB,
      handler: (_data: object, context) => this.run(context).then(() => undefined),
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60 },
      cron: '41 6 * * *',
    });
  }

  /** Sends every reminder due at `now`; how many mails were queued. */
  async run(context?: JobContext, now = new Date()): Promise<number> {
    let sent = 0;
    // Smallest threshold first, so a certificate already close to its end gets that reminder and not the earlier one.
    const thresholds = [...EXPIRY_REMINDER_THRESHOLDS].sort((a, b) => a - b);
    for (const threshold of thresholds) {
      const covers = thresholds.filter((t) => t > threshold);
      for (;;) {
        const batch = await this.reminders.due(threshold, now, EXPIRY_REMINDER_BATCH);
        if (batch.length === 0) break;
        for (const due of batch) {
          if (context?.signal.aborted) return sent;
          const mail = await this.compose(due, threshold);
          if (await this.reminders.claim(due.certificateId, threshold, covers, (manager) => this.mail.send(mail, manager))) sent += 1;
        }
        if (batch.length < EXPIRY_REMINDER_BATCH) break;
      }
    }
    if (sent > 0) this.logger.log(`Expiry reminders: ${sent} mail(s) queued`);
    return sent;
  }

  private async compose(due: DueReminder, threshold: number): Promise<Mail> {
    const content: CourseVersionContent = await this.curriculum.content({ courseId: due.courseId, version: due.version });
    const title = content.course.certificate.title[due.language];
    const end = due.validUntil.toISOString().slice(0, 10);
    const verify = this.urls.verify(due.code);
    if (due.language === 'en') {
      return {
        to: due.email,
        subject: `Your certificate expires on ${end}`,
        text: [
          `Hello ${due.holderName},`,
          '',
          `Your certificate "${title}" is valid until ${end}, in about ${threshold} days.`,
          'To keep it valid, talk to your course leader about renewing it (for example through the refresher course).',
          '',
          `The certificate: ${verify}`,
          '',
          'PEER Academy',
        ].join('\n'),
      };
    }
    return {
      to: due.email,
      subject: `Ditt intyg går ut den ${end}`,
      text: [
        `Hej ${due.holderName},`,
        '',
        `Ditt intyg "${title}" gäller till ${end}, om ungefär ${threshold} dagar.`,
        'Prata med din kursledare om att förnya det (till exempel genom repetitionsutbildningen) så att det fortsätter att gälla.',
        '',
        `Intyget: ${verify}`,
        '',
        'PEER Academy',
      ].join('\n'),
    };
  }
}
