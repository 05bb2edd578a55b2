import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints `code` as if it were a file at `path` and returns the boundary messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the dependency matrix', () => {
  it('fails lint when web code imports an api lib', async () => {
    const errors = await boundaryErrors('apps/web/src/app/boundary-probe.ts', `import { startEmbeddedServer } from '@peer/api-database';\nexport const probe = startEmbeddedServer;\n`);
    expect(errors.join('\n')).toMatch(/scope:web.*can only depend on libs tagged with "scope:web", "scope:shared"/s);
  });

  it('fails lint when a shared lib imports an api lib', async () => {
    const errors = await boundaryErrors('libs/shared/contract/src/lib/boundary-probe.ts', `import { findFreePort } from '@peer/api-database';\nexport const probe = findFreePort;\n`);
    expect(errors.join('\n')).toMatch(/scope:shared/);
  });

  it('keeps server packages out of the browser side', async () => {
    const errors = await boundaryErrors('libs/shared/contract/src/lib/boundary-probe.ts', `import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n`);
    expect(errors.join('\n')).toMatch(/Server-only package/);
  });

  it('lets web code use the shared contract', async () => {
    const errors = await boundaryErrors('apps/web/src/app/boundary-probe.ts', `import type { UserDto } from '@peer/contract';\nexport type Probe = UserDto;\n`);
    expect(errors).toEqual([]);
  });
});

describe('the browser-safe curriculum entry', () => {
  it('keeps the node-only curriculum loader out of web code', async () => {
    const errors = await boundaryErrors('apps/web/src/app/boundary-probe.ts', `import { loadCurriculum } from '@peer/curriculum';\nexport const probe = loadCurriculum;\n`);
    expect(errors.join('\n')).toMatch(/Node-only/);
    const model = await boundaryErrors('apps/web/src/app/boundary-probe.ts', `import type { Course } from '@peer/curriculum/model';\nexport type Probe = Course;\n`);
    expect(model).toEqual([]);
  });
});
