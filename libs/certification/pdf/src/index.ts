export type { CertificateAttachment, CertificateView } from './lib/certificate-view';
export { CertificateRenderer } from './lib/renderer';
export { extractAttachment } from './lib/pdf-reader';
export { BLOCK_KINDS, BlockFormatError } from './lib/block-format';
export type { BlockKind } from './lib/block-format';
export { TemplateError } from './lib/templates';
export { inspectLogo, LOGO_MAX_BYTES, LOGO_MAX_PIXELS, LOGO_MIN_PIXELS, type LogoImage, type LogoProblem, type LogoType } from './lib/logo-image';
