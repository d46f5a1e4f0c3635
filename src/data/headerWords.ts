// The words a table's header and rows use for their roles (区域, 排名, 总分, 得分, 全市平均…), and how a header
// is compared with them: spaces and case ignored, its maximum (`(100分制)`) and weight (`85%`) split off.
// Structural words of the forms cities print, not data.

import { parseNumber, trimCell } from './sources/text';

export const ENTITY_WORDS = [
  '区',
  '区域',
  '城区',
  '区县',
  '县区',
  '县(市、区)',
  '县（市、区）',
  // A county-level unit named with its kinds in brackets: 区（市）县, 区（县）, 县（区）, 区（市、县）.
  '区(市)县',
  '区（市）县',
  '区(县)',
  '区（县）',
  '县(区)',
  '县（区）',
  '区(市、县)',
  '区（市、县）',
  '县市区',
  '辖区',
  '地区',
  '街道',
  '镇街',
  '乡镇',
  '乡镇(街道)',
  '乡镇（街道）',
  '镇(街道)',
  '镇（街道）',
  '街道(镇)',
  '街道（镇）',
  '镇',
  '县',
  '单位',
  '名称',
  '被考核单位',
  '考核单位',
  'district',
  'name',
  'entity',
  // The units English-language rankings name: a ward, a borough, a council's area, a neighbourhood.
  'ward',
  'borough',
  'council',
  'local authority',
  'area',
  'region',
  'county',
  'city',
  'town',
  'municipality',
  'neighbourhood',
  'neighborhood',
  'zone',
  // Other languages' wards: arrondissement, quartier (French), Bezirk, Stadtteil (German), distrito, barrio (Spanish).
  'arrondissement',
  'quartier',
  'bezirk',
  'stadtteil',
  'distrito',
  'barrio',
];
export const RANK_WORDS = [
  '排名',
  '名次',
  '位次',
  '排序',
  '排行',
  '总分排名',
  '综合排名',
  '名次排名',
  'rank',
  'ranking',
  'pos',
  'pos.',
  'position',
  'place',
];
/** Headers of an average that stands as the total (`平均得分`): the mean of the categories, not their sum. */
export const AVERAGE_WORDS = ['平均得分', '平均分', '得分平均', '平均成绩', 'average', 'mean'];
/** Headers of a change against an earlier period: never a score. */
export const CHANGE_WORDS = /进步|变化|增减|环比|同比|升降|较上月|较上期|提升|change/i;
/**
 * Headers of an earlier period's figures printed beside this one's (`上月得分`, `去年同期`, `Score last year`): a
 * comparison, never a score of this period (added in, they would rank by two months at once).
 */
export const EARLIER_PERIOD_WORDS =
  /上月|上期|上一期|前期|上季度?|上年|去年|上次|同期|last (?:month|year|quarter|period|round)|previous|prior/i;
/**
 * Headers of counts (problems found, cases, complaints, visits): fewer is better, or they measure nothing of a
 * score. Read as scores, they would rank the district with the most problems first.
 */
// Counts by their words, not 问题 alone: 问题整改 (problems put right) is a scored item in many inspections; or by the
// unit a header gives its figures (`暴露垃圾(处)`, `奖励金(元)`): a score has no unit but 分.
export const COUNT_WORDS =
  /问题数|问题总数|发现问题|投诉量|个数|次数|件数|宗数|处数|点位数|数量|^count$|number of|^(?:complaints?|cases|incidents|reports|problems|issues|defects|faults|fines|inspections|visits|checks|samples|sites(?: inspected| visited| checked)?)$|[(（]\s*(处|个|次|件|起|家|人|元|辆|条|户|宗|座|吨)\s*[)）]$/i;
/** Headers of deductions (fewer is better). */
export const DEDUCTION_WORDS = /扣分|失分|扣减|deduct/i;
export const ROW_NUMBER_WORDS = ['序号', '顺序', 'no', 'no.', '#'];
export const TOTAL_WORDS = [
  '总分',
  '综合得分',
  '总得分',
  '合计',
  '合计得分',
  '总计得分',
  '总成绩',
  '综合成绩',
  '得分合计',
  '最终得分',
  '综合评分',
  'total',
  'total score',
];
/**
 * How the names of the places and bodies rankings rank end (区, 县, 街道, 村, 管委会…): one list for every reader that
 * tells a name by its form (the orientation of a table, the names of records in prose, two names sharing a figure).
 */
/** Words of a heading over the overall result (a list's, a table's): its figures are the totals, not one more category. */
export const TOTAL_HEADING = /综合|总分|总成绩|总得分|合计得分|最终得分/;
/** How a place's name ends, in simplified and traditional characters (`小店区`, `灣仔區`). */
export const PLACE_ENDING = '区|县|市|镇|乡|街道|村|社区|办事处|管委会|政府|區|縣|鎮|鄉|社區|辦事處|管委會';
export const SCORE_WORDS = ['得分', '分数', '成绩', '评分', 'score', 'value'];
/** A row of the columns' maxima (满分 40 60 100), printed under the header. */
export const MAX_ROW_NAMES = /^(满分|满分值|分值|标准分|标准分值|应得分|总分值|max|maximum|fullmarks)$/;
/** Rows that are a reference for the entities, not one of them (a city's mean in Spanish, French, German too). */
export const REFERENCE_NAMES =
  /^(全市|全区|全县|市|全省)?(平均|平均值|平均分|均值|合计|总计|小计)$|^(全市|全区|全县|全省)$|平均(?:得分|分|值|成绩)?(?:为|是)?$|average(?:score)?(?:was|is)?$|^mean$|^(?:media|promedio|moyenne|durchschnitt|mittelwert)[a-zà-ÿ]*$/i;
/** Rows of a table's statistics under its entities (最高分, 最低分, 中位数): figures of the others, never ranked. */
export const STATISTIC_ROW_NAMES =
  /^(?:最高|最低|最大|最小)(?:分|值|得分)?$|^(?:极差|标准差|中位数|众数|highest|lowest|median|minimum|min|range|std\.?dev\.?)$/i;

/** A label compared with the words above: no spaces, lower case, no Markdown emphasis (`**全市平均**`). */
export function normalize(text: string): string {
  return trimCell(text)
    .text.replace(/\s+/g, '')
    .replace(/^(\*{1,2}|_{1,2})(.+)\1$/, '$2')
    .toLowerCase();
}

/** The header without its maximum annotation: `得分(100分制)` → 得分, 100. */
export function splitMax(header: string): { name: string; maxScore: number | undefined; weight: number | undefined } {
  const text = trimCell(header).text;
  let weight: number | undefined;
  const percent = /[(（]?\s*(?:(?:权重|占)\s*)?([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]?/.exec(text);
  if (percent) weight = (parseNumber(percent[1] ?? '') ?? 0) / 100;
  // `得分(100)`, `(满分100分)`, `(out of 10)`, and after the name: `Note /20`, `Score out of 10`, `Note sur 20`.
  const bracket =
    /[(（]\s*(?:满分|out of|max\.?)?\s*([0-9０-９]+(?:\.[0-9]+)?)\s*分?\s*制?\s*[)）]/i.exec(text) ??
    /(?<=\S)\s*(?:\/|out of|sur)\s*([0-9]+(?:\.[0-9]+)?)\s*$/i.exec(text);
  const maxScore = bracket ? (parseNumber(bracket[1] ?? '') ?? undefined) : undefined;
  // `其中: 现场考察指数`: the group word before a sub-column names nothing of its own.
  let name = text.replace(/^(?:其中|含)\s*[:：]\s*/, '');
  if (percent) name = name.replace(percent[0], '');
  if (bracket) name = name.replace(bracket[0], '');
  return { name: trimCell(name).text, maxScore, weight };
}

export function headerIs(header: string, words: readonly string[]): boolean {
  const base = normalize(splitMax(header).name);
  return words.some((w) => normalize(w) === base);
}

export function headerEndsWith(header: string, words: readonly string[]): boolean {
  const base = normalize(splitMax(header).name);
  return words.some((w) => base.endsWith(normalize(w)));
}

/** Whether a header names the entity column (区域, 街道, 县区…). */
export function isEntityHeader(header: string): boolean {
  return headerIs(header, ENTITY_WORDS);
}

/** Words over a group of sub-columns that name no category themselves (`其中` over `现场考察指数 居民满意度指数`). */
export const GROUP_WORDS = /^(其中|分项|分项得分|各项得分|单项得分|考核内容|考核项目|测评项目)$/;

/**
 * Header words of roles (a rank, a row number, the names), which a maximum's annotation such as `(100分制)` does
 * not apply to and a title never is.
 */
export function isRoleWord(text: string): boolean {
  return headerIs(text, RANK_WORDS) || headerIs(text, ROW_NUMBER_WORDS) || headerIs(text, ENTITY_WORDS);
}
