import { publicStatus, renewable } from './status';

describe('publicStatus', () => {
  const now = new Date('2029-05-01T12:00:00Z');

  it('tells an expired certificate from a valid one by its end date', () => {
    expect(publicStatus({ status: 'valid', validUntil: null }, now)).toBe('valid');
    expect(publicStatus({ status: 'valid', validUntil: new Date('2029-05-01T12:00:01Z') }, now)).toBe('valid');
    expect(publicStatus({ status: 'valid', validUntil: new Date('2029-05-01T11:59:59Z') }, now)).toBe('expired');
  });

  it('keeps revoked and superseded as they are, whatever the dates', () => {
    expect(publicStatus({ status: 'revoked', validUntil: new Date('2020-01-01') }, now)).toBe('revoked');
    expect(publicStatus({ status: 'superseded', validUntil: new Date('2020-01-01') }, now)).toBe('superseded');
  });

  it('keeps a renewed certificate renewed, never expired, also past its end date', () => {
    expect(publicStatus({ status: 'renewed', validUntil: new Date('2020-01-01') }, now)).toBe('renewed');
    expect(publicStatus({ status: 'renewed', validUntil: new Date('2030-01-01') }, now)).toBe('renewed');
    expect(publicStatus({ status: 'renewed', validUntil: null }, now)).toBe('renewed');
  });
});

describe('renewable', () => {
  it('allows a valid or expired certificate, nothing that was revoked, superseded or renewed', () => {
    expect(renewable('valid')).toBe(true);
    expect(renewable('expired')).toBe(true);
    expect(renewable('revoked')).toBe(false);
    expect(renewable('superseded')).toBe(false);
    expect(renewable('renewed')).toBe(false);
  });
});
