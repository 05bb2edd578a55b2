import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { accessibleName, pageHarness, visibleText } from './page-harness';

@Component({
  selector: 'peer-harness-demo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Konton</h1>
    <label for="name">Namn</label>
    <input id="name" [value]="name()" (input)="name.set($any($event.target).value)" />
    <label>Roll <select (change)="role.set($any($event.target).value)"><option value="trainee">Kursdeltagare</option><option value="admin">Administratör</option></select></label>
    <button type="button" (click)="saved.set(name() + ' / ' + role())">Spara</button>
    <button type="button" aria-label="Stäng dialogen">×</button>
    <span role="button">Inte en riktig knapp</span>
    <table>
      <tr><th>Åsa</th><td><button type="button" (click)="removed.set('Åsa')">Ta bort</button></td></tr>
      <tr><th>Eva</th><td><button type="button" (click)="removed.set('Eva')">Ta bort</button></td></tr>
    </table>
    <p class="saved">Sparat:   {{ saved() }}</p>
    <p class="removed">{{ removed() }}</p>
  `,
})
class HarnessDemo {
  readonly name = signal('');
  readonly role = signal('trainee');
  readonly saved = signal('');
  readonly removed = signal('');
}

describe('pageHarness', () => {
  function open() {
    const fixture = TestBed.createComponent(HarnessDemo);
    TestBed.tick();
    return pageHarness(fixture);
  }

  it('finds elements by role and accessible name: own text, aria-label, labels', () => {
    const page = open();
    expect(page.allByRole('button').map(accessibleName)).toEqual(['Spara', 'Stäng dialogen', 'Inte en riktig knapp', 'Ta bort', 'Ta bort']);
    expect(page.getByRole('heading', 'Konton').tagName).toBe('H1');
    expect(page.getByRole('textbox', 'Namn').id).toBe('name');
    expect(page.getByRole('combobox', /^Roll/).tagName).toBe('SELECT');
    expect(page.queryByRole('button', 'Radera')).toBeUndefined();
    expect(() => page.getByRole('button', 'Radera')).toThrow('no button named Radera on the page; buttons present: ["Spara","Stäng dialogen","Inte en riktig knapp","Ta bort","Ta bort"]');
  });

  it('types, picks and clicks as the user would, and the page shows the result', async () => {
    const page = open();
    await page.type('Namn', 'Åsa Lindström');
    await page.select(/^Roll/, 'admin');
    await page.click('Spara');
    expect(page.text('.saved')).toBe('Sparat: Åsa Lindström / admin');
  });

  it('looks within one part of the page', async () => {
    const page = open();
    const eva = page.allByRole('row').find((row) => visibleText(row.querySelector('th')) === 'Eva');
    await page.click('Ta bort', eva);
    expect(page.text('.removed')).toBe('Eva');
    expect(page.queryByText('Eva')?.tagName).toBe('TH');
    expect(page.texts('th')).toEqual(['Åsa', 'Eva']);
  });
});
