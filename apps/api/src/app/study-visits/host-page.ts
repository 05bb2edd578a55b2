import { formatHours } from '../common/hours';
import { escapeHtml } from '../common/html';
import type { HostReply } from './study-visit.repository';
import type { HostView } from './study-visits.service';

/** What the host's form may be missing or get wrong; the page names the field in both languages. */
export type HostFormProblem = 'answer' | 'hours';

/**
 * The host's form as posted: an answer, and the right hours when they differ (0.5 to 24, at most
 * one decimal, a decimal comma accepted).
 */
export function readHostReply(body: unknown): HostReply | HostFormProblem {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (form['answer'] === 'confirmed' || form['answer'] === 'not-held') return { answer: form['answer'] };
  if (form['answer'] !== 'hours-differ') return 'answer';
  const text = typeof form['hours'] === 'string' ? form['hours'].trim().replace(',', '.') : '';
  if (!/^\d{1,2}(\.\d)?$/.test(text)) return 'hours';
  const hours = Number(text);
  return hours >= 0.5 && hours <= 24 ? { answer: 'hours-differ', hours } : 'hours';
}

const PROBLEMS: Record<HostFormProblem, string> = {
  answer: `<p class="error" role="alert">Välj ett svar. <span lang="en">Choose an answer.</span></p>`,
  hours: `<p class="error" role="alert" id="hours-error">Ange rätt antal timmar, 0,5 till 24, med högst en decimal. <span lang="en">Give the right number of hours, 0.5 to 24, with at most one decimal.</span></p>`,
};

const ANSWERED: Record<HostReply['answer'], string> = {
  confirmed: `<p>Studiebesöket är bekräftat. Du kan stänga sidan.</p><p lang="en">The study visit is confirmed. You may close this page.</p>`,
  'hours-differ': `<p>Tack. Studiebesöket är bekräftat med de timmar du angav.</p><p lang="en">Thank you. The study visit is confirmed with the hours you gave.</p>`,
  'not-held': `<p>Tack. Vi har noterat att besöket inte ägde rum.</p><p lang="en">Thank you. We have noted that the visit did not take place.</p>`,
};

/** The host unit's page: server-rendered, no login, no script, Swedish and English. */
export function hostPage(view: HostView, token: string, outcome?: { answered: HostReply['answer'] } | { problem: HostFormProblem }): { status: number; html: string } {
  if (outcome && 'answered' in outcome) return page(200, 'Tack! / Thank you!', ANSWERED[outcome.answered]);
  switch (view.state) {
    case 'valid': {
      const v = view.visit;
      if (!v) return page(404, 'Länken finns inte / Unknown link', '');
      const problem = outcome && 'problem' in outcome ? outcome.problem : undefined;
      return page(
        problem ? 400 : 200,
        'Svara om studiebesöket / Answer about a study visit',
        `<dl>
          <dt>Kursdeltagare / Trainee</dt><dd>${escapeHtml(v.traineeName)}</dd>
          <dt>Enhet / Unit</dt><dd>${escapeHtml(v.unitName)}, ${escapeHtml(v.organisation)}</dd>
          <dt>Datum / Date</dt><dd>${escapeHtml(v.date)}</dd>
          <dt>Timmar / Hours</dt><dd>${formatHours(v.hours, 'sv')} <span lang="en">/ ${formatHours(v.hours, 'en')}</span></dd>
        </dl>
        <p>Svara så som det var. Länken kan användas en gång.</p>
        <p lang="en">Answer as it was. The link works once.</p>
        ${problem ? PROBLEMS[problem] : ''}
        <form method="post" action="/host-confirmation/${encodeURIComponent(token)}">
          <fieldset>
            <legend>Ditt svar / Your answer</legend>
            <label><input type="radio" name="answer" value="confirmed"${problem === 'hours' ? '' : ' checked'}> Besöket ägde rum som det står ovan / The visit took place as stated above</label>
            <label><input type="radio" name="answer" value="hours-differ"${problem === 'hours' ? ' checked' : ''}> Besöket ägde rum, men timmarna var andra / The visit took place, but the hours differ</label>
            <label class="indent" for="hours">Rätt antal timmar / The right number of hours</label>
            <input class="indent" id="hours" name="hours" inputmode="decimal" autocomplete="off" size="5"${problem === 'hours' ? ' aria-invalid="true" aria-describedby="hours-error"' : ''}>
            <label><input type="radio" name="answer" value="not-held"> Besöket ägde inte rum / The visit did not take place</label>
          </fieldset>
          <p>Skriv aldrig något om patienter. <span lang="en">Never write anything about patients.</span></p>
          <button type="submit">Skicka svaret / Send the answer</button>
        </form>`,
      );
    }
    case 'used':
      return page(410, 'Länken är redan använd / Link already used', `<p>Värden har redan svarat med den här länken.</p><p lang="en">The host already answered with this link.</p>`);
    case 'expired':
      return page(410, 'Länken har gått ut / Link expired', `<p>Länken gäller inte längre. Be kursdeltagaren skicka en ny.</p><p lang="en">The link is no longer valid. Ask the trainee to send a new one.</p>`);
    case 'replaced':
      return page(410, 'En nyare länk finns / A newer link was sent', `<p>Använd länken i det senaste e-postmeddelandet.</p><p lang="en">Please use the link in the latest e-mail.</p>`);
    default:
      return page(404, 'Länken finns inte / Unknown link', `<p>Kontrollera att hela länken kom med.</p><p lang="en">Check that the whole link was copied.</p>`);
  }
}

function page(status: number, title: string, body: string): { status: number; html: string } {
  return {
    status,
    html: `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – PEER Academy</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; line-height: 1.5; }
  h1 { font-size: 1.4rem; } dt { font-weight: 600; } dd { margin: 0 0 .5rem; }
  fieldset { border: 1px solid #9aa5b1; border-radius: .4rem; margin: 0 0 1rem; padding: .75rem 1rem; }
  legend { font-weight: 600; }
  fieldset > label { display: block; margin: .5rem 0; }
  .indent { margin-left: 1.75rem; }
  input[type=radio] { width: 1.2rem; height: 1.2rem; margin-right: .4rem; vertical-align: -.2rem; }
  input#hours { font: inherit; padding: .4rem; min-height: 44px; box-sizing: border-box; }
  .error { color: #9b1c1c; font-weight: 600; }
  button { font: inherit; padding: .75rem 1.25rem; min-height: 44px; border: 0; border-radius: .4rem; background: #1d5c63; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<p>PEER Academy</p>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`,
  };
}
