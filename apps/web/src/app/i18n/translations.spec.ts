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
    expect([sv.cohorts.guests.record, en.cohorts.guests.record]).toEqual(['{{name}} var här', '{{name}} was here']);
    expect([sv.training.makeUpRequest.send, en.training.makeUpRequest.send]).toEqual(['Skicka', 'Send']);
    expect([sv.cohorts.progress.heading, en.cohorts.progress.heading]).toEqual(['Översikt', 'Progress']);
    expect([sv.cohorts.approve.submit, en.cohorts.approve.submit]).toEqual(['Godkänn ersättningsuppgift', 'Approve compensatory assignment']);
    expect([sv.training.heading, en.training.heading]).toEqual(['Min utbildning', 'My training']);
    expect([sv.training.missing.heading, en.training.missing.heading]).toEqual(['Det här saknas', 'What is missing']);
    expect([sv.training.makeUps.heading, en.training.makeUps.heading]).toEqual(['Att ta igen', 'Days to make up']);
    expect([sv.training.schedule.heading, en.training.schedule.heading]).toEqual(['Schema', 'Schedule']);
    expect([sv.training.schedule.report, en.training.schedule.report]).toEqual(['Anmäl frånvaro', 'Report absence']);
  });

  it('keep the names of sign-in through an organisation that the end-to-end tests rely on', () => {
    expect([sv.shell.organisationSignIn, en.shell.organisationSignIn]).toEqual(['Inloggning', 'Sign-in']);
    expect([sv.auth.login.organisation.signInWith, en.auth.login.organisation.signInWith]).toEqual(['Logga in med {{name}}', 'Sign in with {{name}}']);
    expect(sv.auth.login.organisation.failed).toMatch(/^Inloggningen via din organisation gick inte\. /);
    expect([sv.identityProvider.heading, en.identityProvider.heading]).toEqual(['Inloggning via organisationen', 'Sign-in through the organisation']);
    expect(sv.identityProvider.register.redirectUri).toBe('Adress att registrera hos leverantören');
    expect(sv.identityProvider.form).toMatchObject({
      issuer: 'Leverantörens adress (issuer)',
      clientId: 'Klient-id',
      clientSecret: 'Klienthemlighet',
      submit: 'Spara inloggningen',
    });
    expect([sv.identityProvider.saved, sv.identityProvider.removed]).toEqual([
      'Inloggningen via organisationen är sparad.',
      'Inloggningen via organisationen är borttagen.',
    ]);
  });

  it('keep the names of role-plays, study visits and certificates that the end-to-end tests rely on', () => {
    expect([sv.criterionMark.shown, sv.criterionMark.notShown, en.criterionMark.shown, en.criterionMark.notShown]).toEqual([
      'Visat',
      'Inte visat än',
      'Shown',
      'Not yet shown',
    ]);
    expect([sv.rolePlayResult, en.rolePlayResult]).toEqual([
      { passed: 'Godkänd', not_yet: 'Inte godkänd än' },
      { passed: 'Passed', not_yet: 'Not passed yet' },
    ]);
    expect(sv.practice.observation).toMatchObject({ save: 'Spara utkast', sign: 'Signera', newAttempt: 'Nytt försök', signedBy: 'Signerad av {{name}} {{time}}' });
    expect(en.practice.observation).toMatchObject({ save: 'Save draft', sign: 'Sign', newAttempt: 'New attempt', signedBy: 'Signed by {{name}} {{time}}' });
    expect([sv.practice.myRolePlays.heading, en.practice.myRolePlays.heading]).toEqual(['Rollspel', 'Role-plays']);
    expect(sv.practice.myRolePlays.reflect).toBe('Skriv en reflektion');
    expect([sv.practice.studyVisits.heading, en.practice.studyVisits.heading]).toEqual(['Studiebesök', 'Study visits']);
    expect(sv.practice.studyVisits.register).toMatchObject({
      unitName: 'Enhetens namn',
      organisation: 'Organisation',
      date: 'Datum',
      hours: 'Timmar',
      hostEmail: 'Värdens e-post',
    });
    expect(sv.practice.studyVisits.sendAgain).toBe('Skicka bekräftelselänk igen');
    expect(sv.studyVisitStatus).toEqual({
      planned: 'Planerat',
      awaiting_host: 'Väntar på värden',
      confirmed: 'Bekräftat',
      reflected: 'Reflektion inlämnad',
      returned: 'Tillbakaskickat',
      approved: 'Godkänt',
      not_held: 'Ägde inte rum',
    });
    expect([sv.privacy.reminder, en.privacy.reminder]).toEqual([
      'Skriv inte om patienter eller andra personer som kan kännas igen.',
      'Do not write about patients or anyone who could be recognised.',
    ]);
    expect([sv.practice.queue.heading, en.practice.queue.heading]).toEqual(['Studiebesök att godkänna', 'Study visits to approve']);
    expect([sv.practice.queue.approve, sv.practice.queue.return, sv.practice.queue.comment]).toEqual(['Godkänn', 'Skicka tillbaka', 'Kommentar till deltagaren']);
    expect([en.practice.queue.approve, en.practice.queue.return]).toEqual(['Approve', 'Return']);
    expect([sv.certificates.heading, en.certificates.heading]).toEqual(['Intyg', 'Certificates']);
    expect([sv.certificates.language, sv.certificates.trainees.certify]).toEqual(['Intygets språk', 'Certifiera {{name}}']);
    expect([sv.certificates.job.start, en.certificates.job.start]).toEqual(['Certifiera alla som är klara', 'Certify everyone who is ready']);
    expect([sv.certificates.job.progress, sv.certificates.job.count]).toEqual(['Utfärdar intyg', '{{done}} av {{total}}']);
    expect([sv.certificates.mine.heading, en.certificates.mine.heading]).toEqual(['Mina intyg', 'My certificates']);
    expect([sv.certificates.mine.download, en.certificates.mine.download, sv.certificates.mine.verify]).toEqual(['Ladda ner PDF', 'Download PDF', 'Kontrollera']);
    expect([sv.certificates.share.create, en.certificates.share.create]).toEqual(['Skapa delningslänk', 'Create share link']);
    expect([sv.certificates.share.revoke, en.certificates.share.revoke]).toEqual(['Ta bort länken', 'Revoke link']);
    expect([sv.certificates.share.includeSupervision, en.certificates.share.includeSupervision]).toEqual(['Visa mina handledningstimmar', 'Show my supervision hours']);
    expect([sv.certificates.share.chooseHint, sv.certificates.share.containsSupervision]).toEqual(['Välj minst ett intyg för att skapa en länk.', 'och dina handledningstimmar']);
  });
});
