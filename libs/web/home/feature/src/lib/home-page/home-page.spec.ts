import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { HomePage } from './home-page';

describe('HomePage', () => {
  async function render(user: UserDto) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideTranslateService(), { provide: AuthService, useValue: { user: signal(user) } }],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      home: {
        greeting: 'Välkommen, {{name}}',
        admin: { heading: 'Administration' },
        courseLeader: { heading: 'Mina kullar' },
        trainee: { heading: 'Min utbildning' },
        curriculum: { heading: 'Kursplan' },
        account: { heading: 'Mitt konto' },
      },
    });
    translate.use('sv');
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      h1: element.querySelector('h1')?.textContent?.trim(),
      h2s: [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim()),
      links: [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  }

  it('greets the user by name', async () => {
    const { h1 } = await render(aUser({ name: 'Åsa Lindström', role: 'trainee' }));

    expect(h1).toBe('Välkommen, Åsa Lindström');
  });

  it('shows an administrator the user administration', async () => {
    const { h2s, links } = await render(aUser({ role: 'admin' }));

    expect(h2s).toEqual(['Administration', 'Kursplan', 'Mitt konto']);
    expect(links).toContain('/admin/users');
  });

  it('shows a course leader the cohorts area', async () => {
    const { h2s, links } = await render(aUser({ role: 'course_leader' }));

    expect(h2s).toEqual(['Mina kullar', 'Kursplan', 'Mitt konto']);
    expect(links).not.toContain('/admin/users');
  });

  it('shows a trainee the training area', async () => {
    const { h2s } = await render(aUser({ role: 'trainee' }));

    expect(h2s).toEqual(['Min utbildning', 'Kursplan', 'Mitt konto']);
  });

  it.each(['admin', 'course_leader', 'trainee'] as const)('links a %s to the curriculum', async (role) => {
    const { links } = await render(aUser({ role }));

    expect(links).toContain('/curriculum');
  });
});
