import { Init1795434126516 } from './migrations/1795434126516-Init';
import { Curriculum1795435423853 } from './migrations/1795435423853-Curriculum';
import { Cohorts1795435672593 } from './migrations/1795435672593-Cohorts';
import { Practice1795436757431 } from './migrations/1795436757431-Practice';
import { Certification1795437091166 } from './migrations/1795437091166-Certification';
import { DurableJobs1796200000000 } from './migrations/1796200000000-DurableJobs';
import { HostMailLimits1796300000000 } from './migrations/1796300000000-HostMailLimits';
import { PublicRevocationReasons1796400000000 } from './migrations/1796400000000-PublicRevocationReasons';
import { EnrolmentInvitations1796500000000 } from './migrations/1796500000000-EnrolmentInvitations';
import { CrossCohortMakeUps1796600000000 } from './migrations/1796600000000-CrossCohortMakeUps';
import { AuditPeople1796700000000 } from './migrations/1796700000000-AuditPeople';
import { Erasure1796800000000 } from './migrations/1796800000000-Erasure';
import { Renewal1796900000000 } from './migrations/1796900000000-Renewal';
import { Supervision1797000000000 } from './migrations/1797000000000-Supervision';
import { CertificateRenewal1797100000000 } from './migrations/1797100000000-CertificateRenewal';
import { ShareLinkContents1797200000000 } from './migrations/1797200000000-ShareLinkContents';
import { UserDeactivation1797300000000 } from './migrations/1797300000000-UserDeactivation';
import { HostAnswers1797400000000 } from './migrations/1797400000000-HostAnswers';
import { DraftResult1797500000000 } from './migrations/1797500000000-DraftResult';
import { PdfStorage1797600000000 } from './migrations/1797600000000-PdfStorage';
import { Organisations1797700000000 } from './migrations/1797700000000-Organisations';
import { OrganisationIssuers1797800000000 } from './migrations/1797800000000-OrganisationIssuers';
import { OrganisationSignIn1797900000000 } from './migrations/1797900000000-OrganisationSignIn';
import { OrganisationCurriculum1798000000000 } from './migrations/1798000000000-OrganisationCurriculum';
import { CertificateSignatory1798100000000 } from './migrations/1798100000000-CertificateSignatory';

// Listed one by one, oldest first: globs find nothing once the app is bundled.
export const MIGRATIONS = [Init1795434126516, Curriculum1795435423853, Cohorts1795435672593, Practice1795436757431, Certification1795437091166, DurableJobs1796200000000, HostMailLimits1796300000000, PublicRevocationReasons1796400000000, EnrolmentInvitations1796500000000, CrossCohortMakeUps1796600000000, AuditPeople1796700000000, Erasure1796800000000, Renewal1796900000000, Supervision1797000000000, CertificateRenewal1797100000000, ShareLinkContents1797200000000, UserDeactivation1797300000000, HostAnswers1797400000000, DraftResult1797500000000, PdfStorage1797600000000, Organisations1797700000000, OrganisationIssuers1797800000000, OrganisationSignIn1797900000000, OrganisationCurriculum1798000000000, CertificateSignatory1798100000000];
