import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@peer/contract';
import { Repository } from 'typeorm';
import type { NewUser, User } from '../user';
import { UserRepository } from '../user.repository';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../../common/database-errors';

@Injectable()
export class TypeormUserRepository extends UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    super();
  }

  async findById(id: string): Promise<User | null> {
    return toUser(await this.users.findOneBy({ id }));
  }

  async findByEmail(email: string): Promise<User | null> {
    return toUser(await this.users.findOneBy({ email }));
  }

  async list(role?: Role): Promise<User[]> {
    const rows = await this.users.find({ where: role ? { role } : {}, order: { name: 'ASC' } });
    return rows.map((row) => toUser(row) as User);
  }

  async create(user: NewUser): Promise<User | null> {
    try {
      const row = await this.users.save(this.users.create(user));
      return toUser(row);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async updatePassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await this.users.update({ id }, { passwordHash, mustChangePassword });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}

function toUser(row: UserEntity | null): User | null {
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.passwordHash,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt,
  };
}
