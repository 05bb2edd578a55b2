export * from './lib/certificates.routes';
// The trainee's section of `/training` (`@peer/web/training/feature`).
export * from './lib/my-certificates/my-certificates';
