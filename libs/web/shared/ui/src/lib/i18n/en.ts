import type { TranslationShape } from '@peer/web/shared/util';
import { errorCodesEn } from './error-codes.en';
import type { sharedSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const sharedEn: TranslationShape<typeof sharedSv> = {
  app: {
    name: 'PEER Academy',
  },
  roles: {
    admin: 'Programme administrator',
    course_leader: 'Course leader',
    trainee: 'Trainee',
    national_admin: 'National administrator',
    plural: {
      admin: 'Programme administrators',
      course_leader: 'Course leaders',
      trainee: 'Trainees',
      national_admin: 'National administrators',
    },
  },
  common: {
    loading: 'Loading …',
    retry: 'Try again',
    done: 'Done',
    cancel: 'Cancel',
    copy: 'Copy',
    copied: 'Copied',
    copiedToClipboard: 'Copied to the clipboard.',
    comingSoon: 'Coming soon',
  },
  errors: {
    checkFields: 'Something needs fixing. See the messages at the fields.',
    network: 'The server could not be reached. Check your connection and try again.',
    forbidden: 'You are not allowed to do this.',
    tooManyRequests: 'Too many attempts. Wait a moment and try again.',
    server: 'Something went wrong on our side. Try again in a moment.',
    unexpected: 'Something went wrong. Try again.',
    /** By the API's `code` (`API_ERROR_CODES`). */
    line: 'Line {{line}}',
    codes: errorCodesEn,
  },
  validation: {
    invalid: 'The value is not valid.',
    rules: {
      required: 'Fill in this field.',
      email: 'Enter a valid e-mail address, for example name@example.org.',
      isEmail: 'Enter a valid e-mail address, for example name@example.org.',
      maxLength: 'The text is too long.',
      isLength: 'The text has the wrong length.',
      isIn: 'Choose one of the options.',
      unique: 'This value is already in use.',
      enrolled: 'The person is already enrolled in the cohort.',
      invited: 'The person is already invited to the cohort.',
    },
    fields: {
      email: {
        required: 'Enter an e-mail address.',
        unique: 'There is already an account with this e-mail address.',
      },
      password: {
        required: 'Enter your password.',
      },
      currentPassword: {
        required: 'Enter your current password.',
        matchesCurrent: 'The current password is not correct.',
      },
      newPassword: {
        required: 'Enter a new password.',
        minLength: 'The password must have at least {{min}} characters.',
        maxLength: 'The password may have at most {{max}} characters.',
        isLength: 'The password must have {{min}}–{{max}} characters.',
        differsFromCurrent: 'The new password must differ from the current one.',
      },
      confirmPassword: {
        required: 'Type the new password once more.',
        mismatch: 'The passwords do not match.',
      },
      name: {
        required: 'Enter a name.',
        maxLength: 'The name may have at most 120 characters.',
        isLength: 'Enter a name of at most 120 characters.',
        matches: 'Enter a name.',
      },
      slug: {
        required: 'Enter a short name.',
        minLength: 'The short name must have at least 2 characters.',
        maxLength: 'The short name may have at most 40 characters.',
        isLength: 'Enter a short name of 2–40 characters.',
        pattern: 'Use only lower-case letters a–z, digits and hyphens (not first or last), for example nsph-skane.',
        matches: 'Use only lower-case letters a–z, digits and hyphens (not first or last), for example nsph-skane.',
      },
      role: {
        required: 'Choose a role.',
        isIn: 'Choose course leader or trainee.',
      },
      courseId: {
        required: 'Choose a course.',
      },
      version: {
        required: 'Choose a version.',
        published: 'The course has no published version with that number.',
      },
      date: {
        required: 'Enter a date.',
        matches: 'Enter the date as YYYY-MM-DD.',
        isDateString: 'Enter a date that exists in the calendar.',
      },
      startTime: {
        required: 'Enter when the day starts.',
        matches: 'Enter the time as HH:MM.',
      },
      endTime: {
        required: 'Enter when the day ends.',
        matches: 'Enter the time as HH:MM.',
        afterStart: 'The day must end after it starts.',
      },
      place: {
        required: 'Enter a place.',
        maxLength: 'The place may have at most 200 characters.',
        isLength: 'Enter a place of at most 200 characters.',
      },
      dayNumber: {
        required: 'Choose a day.',
      },
      unitName: {
        required: 'Enter the name of the unit.',
        minLength: 'Enter at least 2 characters.',
        maxLength: 'The name can have at most 200 characters.',
        isLength: 'Enter 2–200 characters.',
      },
      organisation: {
        required: 'Enter the organisation, for example the region or municipality.',
        minLength: 'Enter at least 2 characters.',
        maxLength: 'The organisation can have at most 200 characters.',
        isLength: 'Enter 2–200 characters.',
      },
      hours: {
        required: 'Enter how many hours the visit lasted.',
        hours: 'Enter 0.5–24 hours with at most one decimal, for example 3.5.',
        isNumber: 'Enter 0.5–24 hours with at most one decimal, for example 3.5.',
        min: 'The visit must last at least 0.5 hours.',
        max: 'The visit can last at most 24 hours.',
      },
      hostEmail: {
        required: "Enter the host's e-mail address.",
        domainNotAllowed: "The host's e-mail address must belong to one of the organisations the training works with. Ask your course leader if unsure.",
        mailLimit: 'So many confirmation links have been sent today that no more go out until tomorrow.',
      },
      requirementId: {
        required: 'Choose which study visit this is.',
        inCourse: 'The study visit is not part of your course.',
        matchesRequirement: 'The kind of unit does not match the study visit.',
      },
      answer: {
        required: 'Answer the question.',
        maxLength: 'The answer can have at most 3000 characters.',
      },
      reflection: {
        required: 'Write your reflection.',
        maxLength: 'The reflection can have at most 2000 characters.',
      },
      comment: {
        required: 'Write a comment to the trainee.',
        maxLength: 'The comment can have at most 2000 characters.',
      },
      reason: {
        required: 'Write a reason.',
        minLength: 'Write at least 3 characters.',
        maxLength: 'The reason can have at most 500 characters.',
        isLength: 'Write 3–500 characters.',
      },
      holderName: {
        required: 'Enter the name to print on the certificate.',
        maxLength: 'The name can have at most 120 characters.',
        matches: 'Enter a name.',
      },
      note: {
        required: 'Write a note.',
        maxLength: 'The note may have at most 1000 characters.',
        isLength: 'The note may have at most 1000 characters.',
      },
      issuer: {
        required: "Enter the provider's address.",
        maxLength: 'The address may have at most 500 characters.',
        matches: 'Enter an https address.',
      },
      clientId: {
        required: 'Enter the client ID.',
        maxLength: 'The client ID may have at most 200 characters.',
        isLength: 'Enter a client ID of 1–200 characters.',
        matches: 'The client ID must not contain spaces.',
      },
      clientSecret: {
        required: 'Enter the client secret.',
        maxLength: 'The client secret may have at most 500 characters.',
        isLength: 'Enter a client secret of 1–500 characters.',
      },
    },
  },
  attendanceStatus: {
    present: 'Present',
    late: 'Late',
    absent_excused: 'Absent (excused)',
    absent_unexcused: 'Absent (unexcused)',
    none: 'Not recorded',
  },
  requirementState: {
    met: 'Met',
    pending: 'Pending',
    failed: 'Cannot be met',
  },
  requirementStateShort: {
    met: 'Met',
    pending: 'Open',
    failed: 'Failed',
  },
  requirementKinds: {
    attendance: 'Attendance',
    'attendance-limit': 'Absence limit',
    'role-play': 'Role-plays',
    'study-visit': 'Study visits',
    enrolment: 'Enrolment',
    prerequisite: 'Prerequisites',
  },
  privacy: {
    reminder: 'Do not write about patients or anyone who could be recognised.',
  },
  cohortActions: {
    heading: 'To do',
    none: 'Nothing in the cohort is waiting for you right now.',
    attendance: 'Attendance missing for days held: {{count}}',
    makeUps: 'Days to make up: {{count}}',
    visits: 'Study visits to approve: {{count}}',
    rolePlays: 'Role-plays left to observe: {{count}}',
    certify: 'Ready to certify: {{count}}',
    loadFailed: 'What is waiting could not be loaded.',
  },
  calendarFeed: {
    heading: 'Calendar',
    introCohort:
      "A private calendar link with the cohort's course days. Subscribe to it in your calendar and changes to the schedule follow along. Anyone with the link can see the schedule, so share it only with the cohort's course leaders.",
    introOwn: 'A private calendar link with your course days. Subscribe to it in your calendar and changes to the schedule follow along. Do not share it.',
    create: 'Create calendar link',
    createAnother: 'Create a new calendar link',
    created: 'The calendar link is created.',
    subscribeHint: 'Add the address as a subscription (“Add calendar from the web”) in your calendar app.',
    urlLabel: 'Calendar address',
    onlyOnce: 'The address is shown only now. If you lose it, revoke the link and create a new one.',
    createdAt: 'Calendar link created {{date}}',
    revoke: 'Revoke',
    revoked: 'The calendar link is revoked and stops working.',
    none: 'There is no calendar link yet.',
    loadFailed: 'The calendar links could not be loaded.',
    failed: 'That did not work.',
  },
  oneTimeSecret: {
    copyByHand: 'The text is selected. Copy it with Ctrl+C (⌘+C on a Mac).',
  },
  traineeSections: {
    loadFailed: 'Your training could not be loaded.',
    none: 'You are not enrolled in a cohort yet. Contact your course leader if you think this is wrong.',
    nav: 'Parts of my training',
    overview: 'Overview',
    schedule: 'Schedule and attendance',
    practice: 'Role-plays and study visits',
    certificates: 'Certificates',
    supervision: 'Supervision',
    myData: 'Privacy',
    titles: {
      overview: 'My training',
      schedule: 'Schedule and attendance – My training',
      practice: 'Role-plays and study visits – My training',
      certificates: 'Certificates – My training',
      supervision: 'Supervision – My training',
      myData: 'Privacy – My training',
    },
  },
  makeUpErrors: {
    'method-not-allowed': 'The course version does not allow making up the day that way.',
    'no-absence': 'No absence is recorded on that day.',
    'already-made-up': 'The day is already made up.',
    'already-open': 'There is already a request or booking for that day.',
    'not-requested': 'The request has already been answered.',
    'not-open': 'The booking has already ended.',
    'guest-recorded': 'The attendance is already recorded.',
    withdrawn: 'The trainee has left the cohort.',
  },
};
