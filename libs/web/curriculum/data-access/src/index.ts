export * from './lib/curriculum.service';
export * from './lib/course-order';
export * from './lib/content-language';
