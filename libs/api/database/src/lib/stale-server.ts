import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A `kill -9` of the app leaves its PostgreSQL server running on the data
 * folder, and a second server would refuse to start. Stop that one first.
 */
export async function stopStaleServer(clusterDir: string, timeoutMs = 15_000): Promise<boolean> {
  const pid = await readPostmasterPid(clusterDir);
  if (pid === undefined || !isAlive(pid) || !(await isPostgres(pid))) return false;

  process.kill(pid, 'SIGINT'); // "fast" shutdown: roll back open transactions, then exit
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      await sleep(200);
      break;
    }
    await sleep(50);
  }
  return true;
}

export async function readPostmasterPid(clusterDir: string): Promise<number | undefined> {
  try {
    const content = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8');
    const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid file may outlive a reboot; never signal a process that is not postgres. */
async function isPostgres(pid: number): Promise<boolean> {
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres');
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid file
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A killed process nobody has reaped yet still answers signals. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
