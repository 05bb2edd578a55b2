import argon2 from 'argon2';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './app.mjs';

export const PASSWORD = 'bench-password-1';
export const ISSUER_KEY_SECRET = 'bench-issuer-key-secret-0123456789abcdef';

/** Publishes the shipped curriculum into the database through the product's own command. */
export function publishCurriculum(databaseUrl) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'apps', 'api', 'cli.js'), 'curriculum:publish'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ISSUER_KEY_SECRET },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`curriculum:publish failed: ${result.stderr}`);
}

export async function passwordHash() {
  return argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function signIn(url, email) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return { cookie: cookies.join('; '), csrf };
}
