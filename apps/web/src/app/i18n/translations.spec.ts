import { en } from './en';
import { sv } from './sv';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

const parameters = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const swedish = leaves(sv);
  const english = leaves(en);

  it('have the same keys in Swedish and English', () => {
    expect([...english.keys()].sort()).toEqual([...swedish.keys()].sort());
  });

  it('use the same parameters in both languages', () => {
    for (const [key, text] of swedish) {
      expect({ key, parameters: parameters(english.get(key) ?? '') }).toEqual({ key, parameters: parameters(text) });
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...swedish, ...english]) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('keep the accessible names the end-to-end tests rely on', () => {
    expect(sv.auth.login).toMatchObject({ email: 'E-post', password: 'Lösenord', submit: 'Logga in' });
    expect(en.auth.login).toMatchObject({ email: 'E-mail', password: 'Password', submit: 'Sign in' });
    expect([sv.shell.signOut, en.shell.signOut]).toEqual(['Logga ut', 'Sign out']);
    expect([sv.language.switchTo, en.language.switchTo]).toEqual(['English', 'Svenska']);
    expect([sv.home.greeting, en.home.greeting]).toEqual(['Välkommen, {{name}}', 'Welcome, {{name}}']);
    expect([sv.shell.curriculum, en.shell.curriculum]).toEqual(['Kursplan', 'Curriculum']);
    expect([sv.curriculum.heading, en.curriculum.heading]).toEqual(['Kursplan', 'Curriculum']);
    expect([sv.curriculum.days.heading, en.curriculum.days.heading]).toEqual(['Kursdagar', 'Course days']);
    expect([sv.curriculum.days.dayHeading, en.curriculum.days.dayHeading]).toEqual(['Dag {{number}}: {{title}}', 'Day {{number}}: {{title}}']);
    expect([sv.curriculum.rolePlays.heading, en.curriculum.rolePlays.heading]).toEqual(['Rollspel', 'Role-plays']);
    expect([sv.curriculum.studyVisits.heading, en.curriculum.studyVisits.heading]).toEqual(['Studiebesök', 'Study visits']);
    expect([sv.curriculum.completion.heading, en.curriculum.completion.heading]).toEqual(['Krav för godkänt', 'Completion requirements']);
    expect([sv.curriculum.course.notFound.heading, en.curriculum.course.notFound.heading]).toEqual(['Kursen finns inte', 'Course not found']);
    expect([sv.curriculum.changes.heading, en.curriculum.changes.heading]).toEqual(['Ändringar från version {{from}}', 'Changes from version {{from}}']);
    expect([sv.shell.cohorts, en.shell.cohorts]).toEqual(['Kullar', 'Cohorts']);
    expect([sv.shell.training, en.shell.training]).toEqual(['Min utbildning', 'My training']);
    expect([sv.cohorts.heading, en.cohorts.heading]).toEqual(['Kullar', 'Cohorts']);
    expect([sv.cohorts.attendance.heading, en.cohorts.attendance.heading]).toEqual(['Närvaro dag {{number}}', 'Attendance day {{number}}']);
    expect(sv.attendanceStatus).toMatchObject({
      present: 'Närvarande',
      late: 'Sen',
      absent_excused: 'Frånvarande (giltig)',
      absent_unexcused: 'Frånvarande (ogiltig)',
    });
    expect(sv.cohorts.attendance).toMatchObject({ allPresent: 'Alla närvarande', save: 'Spara närvaro', saved: 'Närvaro sparad' });
    expect(en.cohorts.attendance).toMatchObject({ allPresent: 'Mark all present', save: 'Save attendance', saved: 'Attendance saved' });
    expect([sv.cohorts.guests.record, en.cohorts.guests.record]).toEqual(['Registrera att {{name}} tog igen dagen', 'Record that {{name}} made up the day']);
    expect([sv.cohorts.progress.heading, en.cohorts.progress.heading]).toEqual(['Översikt', 'Progress']);
    expect([sv.cohorts.approve.submit, en.cohorts.approve.submit]).toEqual(['Godkänn ersättningsuppgift', 'Approve compensatory assignment']);
    expect([sv.training.heading, en.training.heading]).toEqual(['Min utbildning', 'My training']);
    expect([sv.training.missing.heading, en.training.missing.heading]).toEqual(['Det här saknas', 'What is missing']);
    expect([sv.training.makeUps.heading, en.training.makeUps.heading]).toEqual(['Att ta igen', 'Days to make up']);
    expect([sv.training.schedule.heading, en.training.schedule.heading]).toEqual(['Schema', 'Schedule']);
    expect([sv.training.schedule.report, en.training.schedule.report]).toEqual(['Anmäl frånvaro', 'Report absence']);
  });
});
