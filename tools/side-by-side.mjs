// Runs shell commands at the same time, each line of output prefixed with its name, and exits
// with the first non-zero code (after all have ended). `npm test` uses it for the process tests
// and the browser tests: both start real app processes and spend most of their time waiting on
// them, so running them one after the other left a core idle for minutes.
//
//   node tools/side-by-side.mjs <name>=<command> [<name>=<command> …]
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const jobs = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf('=');
  if (at < 1) throw new Error(`expected <name>=<command>, got "${arg}"`);
  return { name: arg.slice(0, at), command: arg.slice(at + 1) };
});

const codes = await Promise.all(
  jobs.map(
    ({ name, command }) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        for (const stream of [child.stdout, child.stderr]) {
          createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
        }
        child.on('exit', (code, signal) => {
          process.stdout.write(`[${name}] ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`}\n`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(codes.find((code) => code !== 0) ?? 0);
