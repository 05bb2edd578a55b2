import { userErrorKeys } from './user-errors';

describe('userErrorKeys', () => {
  it('words a refusal by its code', () => {
    expect(userErrorKeys({ status: 409, code: 'user.last-admin', message: 'Cannot deactivate the last active administrator', fieldErrors: [] })).toEqual([
      'users.errors.last-admin',
    ]);
    expect(userErrorKeys({ status: 409, code: 'user.self', message: 'x', fieldErrors: [] })).toEqual(['users.errors.self']);
  });

  it('words each blocker of a blocked role change', () => {
    const error = {
      status: 409,
      code: 'user.role-in-use',
      message: 'x',
      fieldErrors: [
        { field: 'role', rule: 'leadsCohorts', code: 'user.leads-cohorts', message: 'role: she still leads 1 cohort(s): Kull Luleå' },
        { field: 'role', rule: 'supervisesGroups', code: 'user.supervises-groups', message: 'role: she still supervises 1 group(s): Visby' },
      ],
    };
    expect(userErrorKeys(error)).toEqual(['users.errors.leads-cohorts', 'users.errors.supervises-groups']);
  });

  it('falls back to the generic messages, never the API’s own words', () => {
    expect(userErrorKeys({ status: 404, code: 'not-found', message: 'No such user', fieldErrors: [] })).toEqual(['users.errors.not-found']);
    expect(userErrorKeys({ status: 403, code: 'access.denied', message: 'Your role may not use this route', fieldErrors: [] })).toEqual(['errors.forbidden']);
    expect(userErrorKeys({ status: 0, message: 'offline', fieldErrors: [] })).toEqual(['errors.network']);
    expect(userErrorKeys({ status: 409, code: 'user.something-new', message: 'x', fieldErrors: [] })).toEqual(['errors.codes.conflict']);
  });
});
