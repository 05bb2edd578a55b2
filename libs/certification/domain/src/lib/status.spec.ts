import { publicStatus } from './status';

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
});
