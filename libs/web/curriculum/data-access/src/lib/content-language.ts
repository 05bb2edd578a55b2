// The UI language for curriculum texts now lives with the other formatting helpers.
export { injectContentLanguage, localize } from '@peer/web/shared/util';
