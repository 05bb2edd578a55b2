import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../accounts/password-hasher';
import { UserEntity } from '../accounts/persistence/user.entity';
import { DEMO_ADMIN, DEMO_LEADERS, DEMO_PASSWORD, DEMO_TRAINEES } from './demo-data';

@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(private readonly dataSource: DataSource, private readonly hasher: PasswordHasher) {}

  /** Loads the demo once: only into a database without accounts. Returns whether it loaded. */
  async loadIfEmpty(): Promise<boolean> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      // Two instances starting at once must not both load.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['peer-demo-data']);
      if ((await manager.count(UserEntity)) > 0) return false;
      const people = [DEMO_ADMIN, ...DEMO_LEADERS, ...DEMO_TRAINEES];
      await manager.insert(
        UserEntity,
        people.map((p) => ({ ...p, passwordHash, mustChangePassword: false })),
      );
      this.logger.log(`Loaded demo data: ${people.length} accounts`);
      return true;
    });
  }
}
