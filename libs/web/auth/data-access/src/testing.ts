import type { UserDto } from '@peer/contract';

/** A user as the API returns it; override what the test is about. */
export function aUser(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: '7f9c24e5-3f3a-4c0e-9a59-0d6a3c2b1e11',
    email: 'eva.karrlund@example.org',
    name: 'Eva Kärrlund',
    role: 'course_leader',
    mustChangePassword: false,
    active: true,
    personalIdentity: false,
    ...overrides,
  };
}
