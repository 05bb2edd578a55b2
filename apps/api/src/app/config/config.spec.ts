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

  it('limits logins per address and per account by default, and trusts no proxy', () => {
    expect(loadConfig({})).toMatchObject({ loginRateLimit: 10, loginRateLimitPerAddress: 30, trustProxy: false });
    expect(loadConfig({ LOGIN_RATE_LIMIT_PER_ADDRESS: '50' }).loginRateLimitPerAddress).toBe(50);
    expect(() => loadConfig({ LOGIN_RATE_LIMIT_PER_ADDRESS: '0' })).toThrow('LOGIN_RATE_LIMIT_PER_ADDRESS must be at least 1');
  });

  it('reads TRUST_PROXY as off, a hop count or a list of addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1,uniquelocal' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.7', '::1', 'uniquelocal']);
  });

  it.each(['true', '0', 'proxy.example.org', '10.0.0.0/33', '10.0.0.1,', '10.0.0.0/8/1'])('refuses TRUST_PROXY=%s, naming the rule', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
      `TRUST_PROXY must be off, a hop count (1 or more), or a comma-separated list of loopback, linklocal, uniquelocal, IP addresses and CIDR ranges (got ${JSON.stringify(value)})`,
    );
  });

  it('reads HOST_EMAIL_DOMAINS as a list of domains, empty allowing any', () => {
    expect(loadConfig({}).hostEmailDomains).toEqual([]);
    expect(loadConfig({ HOST_EMAIL_DOMAINS: '' }).hostEmailDomains).toEqual([]);
    expect(loadConfig({ HOST_EMAIL_DOMAINS: 'vgregion.se, Skane.SE,vgregion.se' }).hostEmailDomains).toEqual(['vgregion.se', 'skane.se']);
    expect(loadConfig({ HOST_EMAIL_DOMAINS: 'xn--stersund-67a.se' }).hostEmailDomains).toEqual(['xn--stersund-67a.se']);
  });

  it.each(['vgregion.se,', 'se', '@vgregion.se', '*.vgregion.se', 'vgregion.se;skane.se', 'http://vgregion.se', '-bad.se'])(
    'refuses HOST_EMAIL_DOMAINS=%s, naming the rule',
    (value) => {
      expect(() => loadConfig({ HOST_EMAIL_DOMAINS: value })).toThrow(
        `HOST_EMAIL_DOMAINS must be a comma-separated list of domain names such as vgregion.se,skane.se (their subdomains are allowed too), or empty for any domain (got ${JSON.stringify(value)})`,
      );
    },
  );

  it('keeps everyone unless RETENTION_INACTIVE_YEARS names whole years', () => {
    expect(loadConfig({}).retentionInactiveYears).toBeNull();
    expect(loadConfig({ RETENTION_INACTIVE_YEARS: '' }).retentionInactiveYears).toBeNull();
    expect(loadConfig({ RETENTION_INACTIVE_YEARS: '5' }).retentionInactiveYears).toBe(5);
    expect(() => loadConfig({ RETENTION_INACTIVE_YEARS: '0' })).toThrow('RETENTION_INACTIVE_YEARS must be at least 1 (got 0)');
    expect(() => loadConfig({ RETENTION_INACTIVE_YEARS: '2.5' })).toThrow('RETENTION_INACTIVE_YEARS must be a whole number of years (got "2.5")');
    expect(() => loadConfig({ RETENTION_INACTIVE_YEARS: 'five' })).toThrow('RETENTION_INACTIVE_YEARS must be a whole number of years');
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be between 1 and 65535');
  });
});
