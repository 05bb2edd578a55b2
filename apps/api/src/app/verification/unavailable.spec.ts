import { startTestApp, TestApp } from '../../../test/test-app';

// A well-formed code that names no certificate, and a well-formed share token.
const CODE = 'a'.repeat(32);
const TOKEN = 'a'.repeat(43);

describe('public pages while the database cannot be read', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('says "not found" only after a look-up that happened', async () => {
    const page = await t.http().get(`/verify/${CODE}`).expect(404);
    expect(page.text).toContain('Det finns inget intyg med den koden.');
  });

  describe('with the database gone', () => {
    beforeAll(() => t.dataSource.destroy());

    it('answers /verify/<code> with 503 and a page saying to try again, in Swedish and English', async () => {
      const sv = await t.http().get(`/verify/${CODE}`).expect(503);
      expect(sv.headers['content-type']).toMatch(/^text\/html/);
      expect(sv.headers['retry-after']).toBe('5');
      expect(sv.text).toContain('Försök igen om en liten stund.');
      expect(sv.text).not.toContain('Det finns inget intyg');
      const en = await t.http().get(`/verify/${CODE}?lang=en`).expect(503);
      expect(en.text).toContain('Please try again shortly.');
      expect(en.text).not.toContain('There is no certificate');
    });

    it('answers the credential JSON with 503 and the code verify.unavailable', async () => {
      const response = await t.http().get(`/verify/${CODE}/credential.json`).expect(503);
      expect(response.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.any(String), code: 'verify.unavailable' });
    });

    it('answers a shared record with a 503 page, never "withdrawn"', async () => {
      const response = await t.http().get(`/share/${TOKEN}?lang=en`).expect(503);
      expect(response.text).toContain('Please try again shortly.');
      expect(response.text).not.toContain('withdrawn');
    });

    it('answers an uploaded PDF with a 503 page', async () => {
      const response = await t.http().post('/verify?lang=en').attach('file', Buffer.from('%PDF-1.7\n%%EOF\n'), 'certificate.pdf').expect(503);
      expect(response.text).toContain('Please try again shortly.');
    });

    it.each(['/issuer', '/issuer/keys/key-1', '/status/1'])('answers %s with 503 and the code verify.unavailable', async (path) => {
      const response = await t.http().get(path).expect(503);
      expect(response.body).toMatchObject({ statusCode: 503, code: 'verify.unavailable' });
    });
  });
});
