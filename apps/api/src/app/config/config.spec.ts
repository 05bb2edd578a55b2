import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5433/peer',
      ISSUER_KEY_SECRET: 'a-secret-of-at-least-thirty-two-chars',
      PUBLIC_URL: 'https://peer.example.org/',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@db:5433/peer', publicUrl: 'https://peer.example.org', cookieSecure: true });
  });

  it('names every bad variable with its rule', () => {
    expect.assertions(4);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'yes' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT must be a whole number (got "abc")');
      expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
      expect(message).toContain('COOKIE_SECURE must be true or false');
    }
  });

  it('needs the issuer key secret with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/peer' })).toThrow('ISSUER_KEY_SECRET must be set');
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be between 1 and 65535');
  });
});
