import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AUTH_PATHS, AuthService } from '@peer/web/auth/data-access';
import { LanguageSwitch } from '../language-switch/language-switch';

@Component({
  selector: 'app-site-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
})
export class SiteHeader {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly signOutFailed = signal(false);

  protected async signOut(): Promise<void> {
    this.signOutFailed.set(false);
    try {
      await this.auth.logout();
    } catch {
      this.signOutFailed.set(true);
      return;
    }
    await this.router.navigateByUrl(AUTH_PATHS.login);
  }
}
