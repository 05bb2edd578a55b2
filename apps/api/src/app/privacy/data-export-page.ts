import type { DataExportDto, DataExportLanguage } from '@peer/contract';
import { escapeHtml } from '../common/html';

type Cell = string | number | boolean | null | undefined;

const WORDS = {
  sv: {
    title: 'Mina uppgifter i PEER Academy',
    intro: 'Allt PEER Academy har sparat om dig, hämtat',
    account: 'Konto', name: 'Namn', email: 'E-post', role: 'Roll', created: 'Skapat', personalIdentity: 'Personnummer för inloggning (bara en kontrollsumma sparas)',
    enrolments: 'Utbildningsomgångar', cohort: 'Kull', course: 'Kurs', enrolled: 'Antagen', withdrawn: 'Avslutad', reason: 'Orsak',
    attendance: 'Närvaro', day: 'Kursdag', date: 'Datum', status: 'Status', comment: 'Kommentar', marked: 'Registrerad',
    history: 'Närvarohistorik', from: 'Från', to: 'Till', changed: 'Ändrad',
    notices: 'Frånvaroanmälningar', reported: 'Anmäld',
    makeUps: 'Ersättningar', method: 'Sätt', note: 'Anteckning', recorded: 'Registrerad', bookings: 'Ta igen i annan kull',
    rolePlays: 'Rollspel', scenario: 'Scenario', attempt: 'Försök', result: 'Resultat', observer: 'Observatör', feedback: 'Återkoppling', signed: 'Signerad', reflections: 'Dina reflektioner',
    studyVisits: 'Studiebesök', unit: 'Enhet', organisation: 'Organisation', hours: 'Timmar', host: 'Värdens e-post', answers: 'Dina svar', leaderComment: 'Kursledarens kommentar',
    certificates: 'Intyg', code: 'Verifieringskod', issued: 'Utfärdat', validUntil: 'Giltigt till', revoked: 'Återkallat', link: 'Verifiering',
    supervision: 'Handledning', group: 'Grupp', minutes: 'Minuter', supervisor: 'Handledare', present: 'Närvarande',
    shareLinks: 'Delningslänkar', shows: 'Visar intyg', showsSupervision: 'Visar handledningstimmar', calendarFeeds: 'Kalenderprenumerationer',
    staffAccess: 'Personalens åtkomst till dina uppgifter', action: 'Åtgärd', staff: 'Personal',
    erasureRequests: 'Begäranden om radering', requested: 'Begärd', settled: 'Avgjord',
    none: 'Inget sparat.', yes: 'ja', no: 'nej',
  },
  en: {
    title: 'My data in PEER Academy',
    intro: 'Everything PEER Academy holds about you, retrieved',
    account: 'Account', name: 'Name', email: 'E-mail', role: 'Role', created: 'Created', personalIdentity: 'Personal identity number for sign-in (only a checksum is kept)',
    enrolments: 'Enrolments', cohort: 'Cohort', course: 'Course', enrolled: 'Enrolled', withdrawn: 'Ended', reason: 'Reason',
    attendance: 'Attendance', day: 'Course day', date: 'Date', status: 'Status', comment: 'Comment', marked: 'Recorded',
    history: 'Attendance history', from: 'From', to: 'To', changed: 'Changed',
    notices: 'Absence notices', reported: 'Reported',
    makeUps: 'Make-ups', method: 'Method', note: 'Note', recorded: 'Recorded', bookings: 'Make-ups in another cohort',
    rolePlays: 'Role-plays', scenario: 'Scenario', attempt: 'Attempt', result: 'Result', observer: 'Observer', feedback: 'Feedback', signed: 'Signed', reflections: 'Your reflections',
    studyVisits: 'Study visits', unit: 'Unit', organisation: 'Organisation', hours: 'Hours', host: 'Host e-mail', answers: 'Your answers', leaderComment: 'Course leader’s comment',
    certificates: 'Certificates', code: 'Verification code', issued: 'Issued', validUntil: 'Valid until', revoked: 'Revoked', link: 'Verification',
    supervision: 'Supervision', group: 'Group', minutes: 'Minutes', supervisor: 'Supervisor', present: 'Present',
    shareLinks: 'Share links', shows: 'Shows certificates', showsSupervision: 'Shows supervision hours', calendarFeeds: 'Calendar feeds',
    staffAccess: 'Staff access to your data', action: 'Action', staff: 'Staff',
    erasureRequests: 'Erasure requests', requested: 'Requested', settled: 'Settled',
    none: 'Nothing stored.', yes: 'yes', no: 'no',
  },
} as const;

type Words = (typeof WORDS)[DataExportLanguage];

/** The export as a printable page; everything the person or staff typed is escaped. */
export function dataExportPage(data: DataExportDto, lang: DataExportLanguage): string {
  const w: Words = WORDS[lang];
  const section = (title: string, headers: string[], rows: Cell[][]) =>
    `<section><h2>${escapeHtml(title)}</h2>${rows.length === 0 ? `<p class="none">${escapeHtml(w.none)}</p>` : table(headers, rows)}</section>`;
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? w.yes : w.no);
  const a = data.account;
  const body = [
    `<section><h2>${escapeHtml(w.account)}</h2>${table([w.name, w.email, w.role, w.created, w.personalIdentity], [[a.name, a.email, a.role, a.createdAt, yesNo(a.personalIdentity)]])}</section>`,
    section(w.enrolments, [w.cohort, w.course, w.enrolled, w.withdrawn, w.reason], data.enrolments.map((e) => [e.cohortName, `${e.courseId} v${e.courseVersion}`, e.enrolledAt, e.withdrawnAt, e.withdrawalReason])),
    section(w.attendance, [w.cohort, w.day, w.date, w.status, w.comment, w.marked], data.attendance.map((x) => [x.cohortName, x.dayNumber, x.date, x.status, x.comment, x.markedAt])),
    section(w.history, [w.cohort, w.day, w.from, w.to, w.comment, w.changed], data.attendanceHistory.map((x) => [x.cohortName, x.dayNumber, x.fromStatus, x.toStatus, x.comment, x.changedAt])),
    section(w.notices, [w.cohort, w.day, w.date, w.reason, w.reported], data.absenceNotices.map((x) => [x.cohortName, x.dayNumber, x.date, x.reason, x.reportedAt])),
    section(w.makeUps, [w.day, w.method, w.note, w.recorded], data.makeUps.map((x) => [x.dayNumber, x.method, x.note, x.recordedAt])),
    section(w.bookings, [w.day, w.status, w.note, w.requested, w.attendance], data.makeUpBookings.map((x) => [x.dayNumber, x.status, x.requestNote, x.requestedAt, x.attendance])),
    section(
      w.rolePlays,
      [w.scenario, w.attempt, w.status, w.result, w.observer, w.feedback, w.signed, w.reflections],
      data.rolePlays.map((r) => [
        r.scenarioId,
        r.attempt,
        r.status,
        r.result,
        r.observer,
        [...r.criteria.map((c) => `${c.criterionId}: ${yesNo(c.shown)}${c.feedback ? ` – ${c.feedback}` : ''}`), r.overallFeedback ?? ''].filter(Boolean).join('\n'),
        r.signedAt,
        r.reflections.map((x) => x.text).join('\n\n'),
      ]),
    ),
    section(
      w.studyVisits,
      [w.unit, w.organisation, w.date, w.hours, w.host, w.status, w.answers, w.leaderComment],
      data.studyVisits.map((v) => [v.unitName, v.organisation, v.date, v.hours, v.hostEmail, v.status, (v.answers ?? []).join('\n\n'), v.leaderComment]),
    ),
    section(
      w.certificates,
      [w.course, w.code, w.status, w.issued, w.validUntil, w.revoked, w.reason, w.link],
      data.certificates.map((c) => [`${c.courseId} v${c.courseVersion}`, c.code, c.status, c.issuedAt, c.validUntil, c.revokedAt, c.revocationReason, c.verifyUrl]),
    ),
    section(
      w.supervision,
      [w.date, w.group, w.minutes, w.supervisor, w.present, w.reflections],
      data.supervision.sessions.map((x) => [x.date, x.groupName, x.minutes, x.supervisorName, yesNo(x.present), x.reflection]),
    ),
    section(
      w.shareLinks,
      [w.created, w.revoked, w.shows, w.showsSupervision],
      data.shareLinks.map((l) => [l.createdAt, l.revokedAt, l.certificateIds.map((id) => data.certificates.find((c) => c.id === id)?.code ?? id).join(', '), yesNo(l.includeSupervision)]),
    ),
    section(w.calendarFeeds, [w.created, w.revoked], data.calendarFeeds.map((f) => [f.createdAt, f.revokedAt])),
    section(w.staffAccess, [w.date, w.action, w.staff], data.staffAccess.map((x) => [x.at, x.action, `${x.staff.name} (${x.staff.role})`])),
    section(w.erasureRequests, [w.status, w.requested, w.settled], data.erasureRequests.map((r) => [r.status, r.requestedAt, r.settledAt])),
  ].join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(w.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
th { background: #f0f0f0; }
.none { color: #555; }
@media print { body { margin: 0; } section { break-inside: avoid-page; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(w.title)}</h1>
<p>${escapeHtml(w.intro)} ${escapeHtml(data.exportedAt)}.</p>
${body}
</main>
</body>
</html>`;
}

function table(headers: string[], rows: Cell[][]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const lines = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell === null || cell === undefined ? '' : String(cell))}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${lines}\n</tbody></table>`;
}
