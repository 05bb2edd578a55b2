import { loadCurriculum } from './load';
import type { CurriculumProblem } from './problems';

/**
 * Every problem in the curriculum under `rootDir`: YAML syntax, schema
 * violations, broken references, duplicate ids, day numbering, hours and
 * prerequisites. An empty list means the curriculum can be published.
 */
export function checkCurriculum(rootDir: string): CurriculumProblem[] {
  return loadCurriculum(rootDir).problems;
}
