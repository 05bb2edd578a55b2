import './register-paths';
import type { EmbeddedServer } from '@peer/api-database';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { peerTestServer?: { server: EmbeddedServer; dataDir: string } }).peerTestServer;
  if (!state) return;
  await state.server.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
}
