// The seed page parsed once, for model and store tests.
import { parseInspection } from '../../src/data/parseInspection';
import type { Inspection } from '../../src/data/types';
import { readFixture } from './readFixture';

export function seedInspection(): Inspection {
  const result = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
  if (!result.ok) throw new Error('the seed page must parse');
  return result.inspection;
}
