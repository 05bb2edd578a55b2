import type { TranslationShape } from '@peer/web/shared/util';
import type { homeSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const homeEn: TranslationShape<typeof homeSv> = {
  home: {
    title: 'Home',
    greeting: 'Welcome, {{name}}',
    signedInAs: {
      admin: 'You are signed in as a programme administrator.',
      course_leader: 'You are signed in as a course leader.',
      trainee: 'You are signed in as a trainee.',
      national_admin: 'You are signed in as the national administrator.',
    },
    admin: {
      heading: 'Users',
      text: 'Create accounts for course leaders and trainees and see who has an account.',
      usersLink: 'Manage users',
    },
    nationalAdmin: {
      heading: 'Organisations',
      text: 'Create the regional organisations and their first administrators, and see who administers each organisation.',
      link: 'Go to the organisations',
    },
    cohorts: {
      heading: 'Cohorts',
      text: 'Create cohorts, schedule course days, enrol trainees and follow what is left for each of them.',
      link: 'Go to the cohorts',
    },
    courseLeader: {
      heading: 'My cohorts',
      text: 'Schedule course days, take attendance, observe role-plays, approve study visits and certify your trainees.',
      none: 'You do not lead a cohort yet.',
      loadFailed: 'Your cohorts could not be loaded.',
      days: '{{scheduled}} of {{total}} days scheduled, {{trainees}} trainees',
      link: 'All cohorts',
    },
    trainee: {
      heading: 'My training',
      text: 'Follow your attendance, see what is missing before you can be certified, register study visits and download your certificates.',
      none: 'You are not enrolled in a cohort yet.',
      loadFailed: 'Your training could not be loaded.',
      summary: '{{met}} of {{total}} requirements met',
      makeUps: 'Days to make up: {{count}}',
      certifiable: 'You can be certified.',
      link: 'Go to my training',
      certificatesLink: 'My certificates',
    },
    curriculum: {
      heading: 'Curriculum',
      text: 'Read about the base course, the modules and the refresher: course days, role-plays, study visits and what it takes to pass.',
      link: 'Browse the courses',
      publishLink: 'Publish curriculum changes',
    },
    account: {
      heading: 'My account',
      text: 'You sign in with {{email}}.',
      changePassword: 'Change password',
    },
  },
};
