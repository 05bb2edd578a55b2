import { escapeHtml } from '../common/html';
import type { HostView } from './study-visits.service';

/** The host unit's page: server-rendered, no login, no script, Swedish and English. */
export function hostPage(view: HostView, token: string, confirmed = false): { status: number; html: string } {
  if (confirmed) {
    return page(200, 'Tack! / Thank you!', `<p>Studiebesöket är bekräftat. Du kan stänga sidan.</p><p lang="en">The study visit is confirmed. You may close this page.</p>`);
  }
  switch (view.state) {
    case 'valid': {
      const v = view.visit;
      if (!v) return page(404, 'Länken finns inte / Unknown link', '');
      return page(
        200,
        'Bekräfta studiebesök / Confirm a study visit',
        `<dl>
          <dt>Kursdeltagare / Trainee</dt><dd>${escapeHtml(v.traineeName)}</dd>
          <dt>Enhet / Unit</dt><dd>${escapeHtml(v.unitName)}, ${escapeHtml(v.organisation)}</dd>
          <dt>Datum / Date</dt><dd>${escapeHtml(v.date)}</dd>
          <dt>Timmar / Hours</dt><dd>${v.hours}</dd>
        </dl>
        <p>Bekräfta att besöket ägde rum. Länken kan användas en gång.</p>
        <p lang="en">Confirm that the visit took place. The link works once.</p>
        <form method="post" action="/host-confirmation/${encodeURIComponent(token)}">
          <button type="submit">Bekräfta besöket / Confirm the visit</button>
        </form>`,
      );
    }
    case 'used':
      return page(410, 'Länken är redan använd / Link already used', `<p>Besöket är redan bekräftat med den här länken.</p><p lang="en">The visit was already confirmed with this link.</p>`);
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
  button { font: inherit; padding: .75rem 1.25rem; min-height: 44px; border: 0; border-radius: .4rem; background: #1d5c63; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
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
