import { loadVc, termDefinitionsShared } from './esm';

describe('cheaper copies of JSON-LD active contexts', () => {
  // The known-key test vector (test-vector.spec.ts) signs through the tuned jsonld.js and must
  // reproduce the specification's proof byte for byte; this keeps the tuning from silently
  // switching off when jsonld.js changes how it copies contexts.
  it('is in effect with the installed jsonld.js', async () => {
    await loadVc();
    expect(await termDefinitionsShared()).toBe(true);
  });
});
