import type { Role } from '@peer/contract';
import type { NewUser, User } from './user';

/** Port: the accounts feature's view of user storage. */
export abstract class UserRepository {
  abstract findById(id: string): Promise<User | null>;
  abstract findByEmail(email: string): Promise<User | null>;
  abstract list(role?: Role): Promise<User[]>;
  /** Returns null when the e-mail is already taken. */
  abstract create(user: NewUser): Promise<User | null>;
  abstract updatePassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void>;
  abstract count(): Promise<number>;
}
