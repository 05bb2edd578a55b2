import type { Role, UserDto } from '@peer/contract';

/** An account of the product. Trainee accounts hold only what the course needs. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Null only for the national administrator. */
  organisationId: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  /** Set while an administrator has deactivated the account. */
  deactivatedAt: Date | null;
  /** Whether a personal identity number may link her first sign-in through the identity provider. */
  personalIdentity: boolean;
  createdAt: Date;
}

export type NewUser = Omit<User, 'id' | 'createdAt' | 'deactivatedAt' | 'personalIdentity'>;

export function mapUser(user: User): UserDto {
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, active: user.deactivatedAt === null, personalIdentity: user.personalIdentity };
}

/** E-mail addresses are compared case-insensitively; stored lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
