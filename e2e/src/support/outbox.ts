import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The mail the app wrote to its outbox (no SMTP server in tests). */
const OUTBOX = join(__dirname, '..', '..', '..', 'tmp', 'e2e', 'data', 'outbox');

export function mailTo(address: string): { subject: string; text: string }[] {
  let files: string[] = [];
  try {
    files = readdirSync(OUTBOX).sort();
  } catch {
    return [];
  }
  return files
    .map((file) => JSON.parse(readFileSync(join(OUTBOX, file), 'utf8')) as { to: { address: string }[]; subject: string; text: string })
    .filter((mail) => mail.to.some((to) => to.address === address))
    .map(({ subject, text }) => ({ subject, text }));
}

/** The newest confirmation link mailed to the host; mail goes out through the job queue, so it may take a moment. */
export async function confirmationLink(hostEmail: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = mailTo(hostEmail).at(-1);
    const link = /https?:\/\/\S+\/host-confirmation\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no confirmation link was mailed to ${hostEmail}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
