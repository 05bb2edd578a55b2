import type { WritableSignal } from '@angular/core';
import { apiErrorMessage, type FormMessage } from '@peer/web/shared/ui';
import { toApiError } from '@peer/web/shared/util';

/** Sends a removal once at a time; an answer that it is already gone (removed elsewhere) counts as done. */
export async function removeOnce(busy: WritableSignal<boolean>, error: WritableSignal<FormMessage | null>, request: () => Promise<void>, done: () => void): Promise<void> {
  if (busy()) return;
  busy.set(true);
  error.set(null);
  try {
    await request();
    done();
  } catch (failure) {
    const apiError = toApiError(failure);
    if (apiError.status === 404) done();
    else error.set(apiErrorMessage(apiError));
  } finally {
    busy.set(false);
  }
}
