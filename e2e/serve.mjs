// Starts the built app on a fresh data folder, so every run begins from the demo data.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.PEER_DATA_DIR;
if (!dataDir || !dataDir.includes(join('tmp', 'e2e'))) throw new Error('PEER_DATA_DIR must point into tmp/e2e');
rmSync(dataDir, { recursive: true, force: true });
await import('../dist/apps/api/main.js');
