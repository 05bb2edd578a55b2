import { UserEntity } from '../accounts/persistence/user.entity';
import { AuditEventEntity } from '../audit/persistence/audit-event.entity';
import { SessionEntity } from '../auth/persistence/session.entity';
import { CurriculumVersionEntity } from '../curriculum/persistence/curriculum-version.entity';
import { StudyVisitKindEntity } from '../curriculum/persistence/study-visit-kind.entity';

// Listed one by one: globs find nothing once the app is bundled.
export const ENTITIES = [UserEntity, SessionEntity, AuditEventEntity, CurriculumVersionEntity, StudyVisitKindEntity];
