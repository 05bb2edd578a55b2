import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '@peer/web/auth/data-access';

/** Start page after sign-in; shows what the user's role works with. */
@Component({
  selector: 'peer-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  templateUrl: './home-page.html',
})
export class HomePage {
  protected readonly user = inject(AuthService).user;
}
