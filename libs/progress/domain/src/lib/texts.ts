/**
 * The labels and reasons the engine shows, in Swedish and English.
 * Kept apart from the rules so the wording can be reviewed in one place.
 */
import type { MakeUpMethod, Text } from '@peer/curriculum/model';
import type { HeldCertificateStatus, StudyVisitStatus } from './types';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

// Attendance

export function dayLabel(day: number, title: Text | undefined): Text {
  return title
    ? { sv: `Dag ${day}: ${title.sv}`, en: `Day ${day}: ${title.en}` }
    : { sv: `Dag ${day}`, en: `Day ${day}` };
}

export function dayPresent(day: number): Text {
  return { sv: `Dag ${day}: närvarande`, en: `Day ${day}: present` };
}

export function dayLate(day: number): Text {
  return { sv: `Dag ${day}: närvarande, kom sent`, en: `Day ${day}: present, arrived late` };
}

export function dayMadeUp(day: number, method: MakeUpMethod, date: string | undefined): Text {
  const when = date ? ` (${date})` : '';
  return method === 'other-cohort'
    ? { sv: `Dag ${day} togs igen i en annan kull${when}`, en: `Day ${day} made up in another cohort${when}` }
    : {
        sv: `Dag ${day} ersattes med en godkänd ersättningsuppgift${when}`,
        en: `Day ${day} made up with an approved compensatory assignment${when}`,
      };
}

const MAKE_UP_INSTRUCTIONS: Record<MakeUpMethod, Text> = {
  'other-cohort': { sv: 'ta igen i en annan kull', en: 'make it up in another cohort' },
  assignment: { sv: 'lämna in en ersättningsuppgift', en: 'hand in a compensatory assignment' },
};

/** The reason of an open make-up obligation; names only the methods the course allows. */
export function dayMissing(day: number, allowed: readonly MakeUpMethod[]): Text {
  const ways = allowed.map((method) => MAKE_UP_INSTRUCTIONS[method]);
  return {
    sv: `Dag ${day} saknas: ${ways.map((way) => way.sv).join(' eller ')}`,
    en: `Day ${day} missing: ${ways.map((way) => way.en).join(' or ')}`,
  };
}

export function dayMissingNoMakeUp(day: number): Text {
  return {
    sv: `Dag ${day} saknas: frånvaro kan inte tas igen i den här kursen, gå om kursen`,
    en: `Day ${day} missing: absences cannot be made up in this course, retake the course`,
  };
}

export function dayMissingOverLimit(day: number): Text {
  return {
    sv: `Dag ${day} saknas: fler frånvarodagar än som får tas igen, gå om kursen`,
    en: `Day ${day} missing: more absent days than may be made up, retake the course`,
  };
}

export function dayUpcoming(day: number, date: string): Text {
  return { sv: `Dag ${day} (${date}) har inte ägt rum än`, en: `Day ${day} (${date}) has not taken place yet` };
}

export function dayNotRecorded(day: number): Text {
  return { sv: `Dag ${day}: närvaro inte registrerad`, en: `Day ${day}: attendance not recorded` };
}

export function dayNotScheduled(day: number): Text {
  return { sv: `Dag ${day} är inte schemalagd`, en: `Day ${day} is not scheduled` };
}

// Attendance limit

export const ATTENDANCE_LIMIT_LABEL: Text = { sv: 'Frånvarogräns', en: 'Absence limit' };

export function noAbsences(): Text {
  return { sv: 'Ingen frånvaro', en: 'No absences' };
}

function absenceLimit(absent: number, max: number): Text {
  const days = { sv: plural(absent, 'frånvarodag', 'frånvarodagar'), en: plural(absent, 'absent day', 'absent days') };
  return max === 0
    ? { sv: `${days.sv}, ingen får tas igen`, en: `${days.en}, none may be made up` }
    : { sv: `${days.sv}, högst ${max} får tas igen`, en: `${days.en}, at most ${max} may be made up` };
}

export function withinAbsenceLimit(absent: number, max: number): Text {
  return absenceLimit(absent, max);
}

export function overAbsenceLimit(absent: number, max: number): Text {
  const limit = absenceLimit(absent, max);
  return { sv: `${limit.sv}: gå om kursen`, en: `${limit.en}: retake the course` };
}

// Role-plays

export function rolePlayLabel(title: Text): Text {
  return { sv: `Rollspel: ${title.sv}`, en: `Role-play: ${title.en}` };
}

export function rolePlayPassed(title: Text): Text {
  return { sv: `Rollspelet ”${title.sv}”: godkänt`, en: `Role-play “${title.en}”: passed` };
}

export function rolePlayNotYetPassed(title: Text, attempts: number): Text {
  return {
    sv: `Rollspelet ”${title.sv}”: inte godkänt än (${attempts} försök)`,
    en: `Role-play “${title.en}”: not passed yet (${plural(attempts, 'attempt', 'attempts')})`,
  };
}

export function rolePlayNotObserved(title: Text): Text {
  return { sv: `Rollspelet ”${title.sv}”: inte observerat än`, en: `Role-play “${title.en}”: not observed yet` };
}

// Study visits

const STUDY_VISIT_STATES: Record<StudyVisitStatus, Text> = {
  planned: { sv: 'planerat, inte genomfört än', en: 'planned, not done yet' },
  awaiting_host: { sv: 'väntar på att värden bekräftar besöket', en: "awaiting the host's confirmation" },
  confirmed: { sv: 'reflektionen saknas', en: 'reflection missing' },
  reflected: { sv: 'väntar på kursledarens godkännande', en: "awaiting the course leader's approval" },
  returned: {
    sv: 'reflektionen har returnerats med en kommentar: ändra och lämna in igen',
    en: 'reflection returned with a comment: revise it and hand it in again',
  },
  approved: { sv: 'godkänt', en: 'approved' },
  not_held: {
    sv: 'värden svarade att besöket inte ägde rum: registrera ett nytt besök',
    en: 'the host answered that the visit did not take place: register a new visit',
  },
};

/** The reason for a study visit in the given status, or with no record at all. */
export function studyVisitReason(title: Text, status: StudyVisitStatus | undefined): Text {
  const state = status ? STUDY_VISIT_STATES[status] : { sv: 'inte registrerat än', en: 'not registered yet' };
  return { sv: `${title.sv}: ${state.sv}`, en: `${title.en}: ${state.en}` };
}

// Enrolment

export const ENROLMENT_LABEL: Text = { sv: 'Inskrivning i kullen', en: 'Enrolment in the cohort' };

export function enrolled(): Text {
  return { sv: 'Inskriven i kullen', en: 'Enrolled in the cohort' };
}

export function withdrawn(): Text {
  return {
    sv: 'Har avbrutit utbildningen: kan inte certifieras i den här kullen',
    en: 'Withdrawn from the training: cannot be certified in this cohort',
  };
}

// Prerequisites

export function prerequisiteLabel(title: Text): Text {
  return { sv: `Förkunskapskrav: ${title.sv}`, en: `Prerequisite: ${title.en}` };
}

export function prerequisiteHeld(title: Text): Text {
  return { sv: `Har giltigt intyg: ${title.sv}`, en: `Holds a valid certificate: ${title.en}` };
}

const NOT_COUNTING: Record<Exclude<HeldCertificateStatus, 'valid'>, Text> = {
  expired: { sv: 'intyget har gått ut', en: 'the certificate has expired' },
  renewed: { sv: 'intyget är förnyat', en: 'the certificate was renewed' },
  revoked: { sv: 'intyget är återkallat', en: 'the certificate was revoked' },
  superseded: { sv: 'intyget är ersatt', en: 'the certificate was superseded' },
};

/** The trainee holds no valid certificate of the course; `held` is the status of the one she has, if any. */
export function prerequisiteMissing(title: Text, held: Exclude<HeldCertificateStatus, 'valid'> | undefined): Text {
  const why = held ? NOT_COUNTING[held] : undefined;
  return why
    ? { sv: `Kräver giltigt intyg: ${title.sv} (${why.sv})`, en: `Requires a valid certificate: ${title.en} (${why.en})` }
    : { sv: `Kräver giltigt intyg: ${title.sv}`, en: `Requires a valid certificate: ${title.en}` };
}

// Renewal

export function renewalCourseLabel(title: Text): Text {
  return { sv: `Förnyelse: ${title.sv}`, en: `Renewal: ${title.en}` };
}

/** `issuedOn`: the renewal course certificate's issue date, `YYYY-MM-DD`. */
export function renewalCourseHeld(title: Text, issuedOn: string): Text {
  return { sv: `Har giltigt intyg: ${title.sv} (utfärdat ${issuedOn})`, en: `Holds a valid certificate: ${title.en} (issued ${issuedOn})` };
}

/** `since`: the renewed certificate's issue date, `YYYY-MM-DD`. */
export function renewalCourseMissing(title: Text, since: string): Text {
  return {
    sv: `Kräver giltigt intyg utfärdat ${since} eller senare: ${title.sv}`,
    en: `Requires a valid certificate issued on or after ${since}: ${title.en}`,
  };
}

/** Hours with at most one decimal: a decimal comma in Swedish, a point in English. */
export function hours(value: number): Text {
  const rounded = String(Math.round(value * 10) / 10);
  return { sv: rounded.replace('.', ','), en: rounded };
}

function supervisionHourWords(required: number): Text {
  return required === 1 ? { sv: 'handledningstimme', en: 'supervision hour' } : { sv: 'handledningstimmar', en: 'supervision hours' };
}

export function supervisionHoursLabel(required: number): Text {
  const count = hours(required);
  const words = supervisionHourWords(required);
  return { sv: `Förnyelse: ${count.sv} ${words.sv}`, en: `Renewal: ${count.en} ${words.en}` };
}

/** E.g. "Förnyelse: 7 av 10 handledningstimmar". */
export function supervisionHoursProgress(attended: number, required: number): Text {
  const [done, needed] = [hours(attended), hours(required)];
  const words = supervisionHourWords(required);
  return { sv: `Förnyelse: ${done.sv} av ${needed.sv} ${words.sv}`, en: `Renewal: ${done.en} of ${needed.en} ${words.en}` };
}
