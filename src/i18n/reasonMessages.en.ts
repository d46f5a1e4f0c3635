// Why the import preview gave each column its role and each row its status, in English (reasonMessages.zh.ts).

import type { ReasonMessageKey } from './reasonMessages.zh';

export const reasonsEn: Record<ReasonMessageKey, string> = {
  'reason-entity-header': 'the header names the entities',
  'reason-text-cells': 'the column holds text',
  'reason-rank-header': 'the header says rank',
  'reason-rank-sequence': 'the integers 1 to n: a rank, not a score',
  'reason-rank-ordinals': 'ordinals (第一名, 第二名…): the rank',
  'reason-row-numbers': 'row numbers out of score order',
  'reason-total-header': 'the header says total',
  'reason-only-score': 'the only score column',
  'reason-weighted-header': 'the header gives a weight',
  'reason-weights-of-total': 'the total is their weighted mean, the weights found in every row’s figures',
  'reason-raw-of-weighted': 'a raw score whose weighted score counts',
  'reason-score-header': 'the header says score',
  'reason-numbers': 'the column holds figures',
  'reason-signed-index': 'a change or an index (percentages, or headed 进步, 环比…): not a score',
  'reason-earlier-period': 'an earlier period’s figures (last month, last year…): a comparison, not in this period’s score',
  'reason-identifier': 'codes (an area code, an ID), not a score: not in the total',
  'reason-complement':
    'adds up with another column to one figure on every row (deductions + score = 100): its complement, not counted again',
  'reason-final-score':
    'on every row the other columns make it with their signs (deductions subtracted: base + bonus − deductions, or 100 − total deductions): the final score, which ranks',
  'reason-part-of-final':
    'a part of the final score (a base, a bonus, a deduction or a deduction by category): already in it, not counted again',
  'reason-max-column': 'the maximum, one figure on every row: the scores’ maximum, not a score',
  'reason-rate-of-score': 'a rate restating another column (its figures times one factor): not counted twice',
  'reason-rate-parts': 'one of the two counts a rate column is made of (passed ÷ inspected = pass rate): not a score',
  'reason-count-column': 'a count (problems found, cases, visits…: fewer is better): not a score, not in the total',
  'reason-category-rank': 'one category’s own rank (its header is a category’s name and “rank”): not the overall ranking, not counted',
  'reason-outside-rank': 'not part of the ranking: the printed ranks follow another score column alone, and this one is not counted',
  'reason-outside-total': 'not part of the total: the total is the sum of other columns, and this one is not counted',
  'reason-sum-of-scores': 'equals the (weighted) sum of the other columns on every row: the total',
  'reason-mean-of-scores': 'equals the mean of the other columns on every row: the overall result, printed as a mean',
  'reason-extra-text': 'the column holds text',
  'reason-average-header': 'headed “average”: the total',
  'reason-computed-total': 'a total computed from the scores; the published one counts',
  'reason-city-mean': 'named like the city, its figures the mean of the others: a reference',
  'reason-weighted-copy': 'the column to its left times one share: a weighted copy, not read',
  'reason-user': 'changed by you',
  'reason-reference-name': 'named like an average or sum',
  'reason-no-rank': 'it has no rank',
  'reason-max-row': "named 满分 or 分值 (full marks): the columns' maxima, not an entity",
  'reason-statistic-row': 'named as a statistic (highest, lowest, median): the columns’ figures, not an entity',
  'reason-group-heading': 'one word alone on its row: a group heading, not an entity',
};
