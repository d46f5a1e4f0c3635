// Which way a printed list ranks: fewer is better when its figures are counts or deductions, and the order the list
// runs in as its heading says (`由少到多`, `由低到高`), else best first.

import { COUNT_WORDS, DEDUCTION_WORDS } from '../headerWords';
import type { ListItem } from './listItems';

interface ListWords {
  category: string;
  section: string;
  said: string;
  items: readonly ListItem[];
}

/** Words that say what a list counts is bad: problems, complaints, violations, hazards, cases, deductions. */
const BAD_WORDS = /问题|投诉|违规|违章|隐患|案件|扣分|失分|扣|problem|complaint|violation|defect/i;

/**
 * Whether fewer is better, and how surely: `said` when the items are deductions or the words around the list name
 * what it counts as bad (`发现问题数`, `投诉件数`); `guessed` when only a count's unit says so (`甲区3个`: good sites as
 * easily as problems), a doubt the reader settles; false otherwise.
 */
export function fewerOfList(list: ListWords): 'said' | 'guessed' | false {
  const words = `${list.category} ${list.section} ${list.said}`;
  if (COUNT_WORDS.test(list.category) || DEDUCTION_WORDS.test(list.category)) return 'said';
  if (list.items.length === 0 || !list.items.every((item) => item.fewer !== undefined)) return false;
  return list.items.every((item) => item.fewer === 'deduction') || BAD_WORDS.test(words) ? 'said' : 'guessed';
}

const LOWEST_FIRST = /由低到高|从低到高|由低至高|从低至高|由少到多|从少到多|由少至多|从少至多|升序|lowest first|fewest first|ascending/i;
const HIGHEST_FIRST = /由高到低|从高到低|由高至低|从高至低|由多到少|从多到少|由多至少|从多至少|降序|highest first|most first|descending/i;

/** Whether the list prints its smallest figure first: as its heading says, else its best first. */
export function runsAscending(list: ListWords, fewer: boolean): boolean {
  const words = `${list.category} ${list.section} ${list.said}`;
  if (LOWEST_FIRST.test(words)) return true;
  if (HIGHEST_FIRST.test(words)) return false;
  return fewer;
}

/** The rank a figure earns in its list: one more than the count of figures better than it. */
export function rankInList(items: readonly ListItem[], value: number, fewer: boolean): number {
  return 1 + items.filter((other) => (fewer ? other.value < value - 1e-6 : other.value > value + 1e-6)).length;
}
