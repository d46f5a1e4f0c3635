// Every interface string in Chinese (default) and English; `{name}` marks a value filled in at run time.

import type { FindingCode } from '../data/types';
import type { Language } from './names';

const zh = {
  appTitle: '太原市城六区创卫月督查得分看板',
  appSubtitle: '创卫评估暗访：各区点位类型得分与总分排名',
  source: '数据来源：{publication}',
  period: '期次：{period}',
  skipToContent: '跳到主要内容',
  languageLabel: '语言',
  languageZh: '中文',
  languageEn: 'English',
  filterLegend: '点位类型',
  filterAll: '全选',
  filterNone: '清空',
  filterSummary: '已选 {count}/{total} 项',
  viewsLabel: '视图',
  viewRankings: '排名',
  viewBars: '分类对比',
  viewRadar: '雷达图',
  viewNotes: '数据说明',
  noSiteTypeSelected: '未选择任何点位类型。请在上方“点位类型”中至少勾选一项。',
  noDistrictSelected: '未选择任何区。请在下方至少勾选一个区。',
  loadingCharts: '正在加载图表……',
  rankingsCaption: '各区得分与排名（{scope}）',
  scopeAll: '全部 {count} 项点位类型',
  scopeSome: '所选 {count} 项点位类型：{names}',
  scopeCount: '所选 {count} 项点位类型',
  columnRank: '排名',
  columnDistrict: '区',
  columnTotal: '总分（{count}项）',
  columnPrinted: '公布总分',
  cityRow: '{city}（全市平均）',
  cityRowUnnamed: '全市平均',
  sortBy: '按“{column}”排序',
  sortedDescending: '降序',
  sortedAscending: '升序',
  resetSort: '恢复默认排序（按排名）',
  tieMark: '并列',
  printedDiffers: '公布总分与各项得分之和（{computed}）不同：十项得分各自四舍五入到 0.1，合计可相差至多 0.5，属舍入误差。',
  printedDiffersShort: '与分项之和 {computed} 不同（舍入）',
  printedNote: '* 公布总分与分项得分之和不一致之处已标注：各项得分均四舍五入到 0.1，合计可相差至多 0.5。排名以公布总分为准。',
  subsetNote: '总分与排名按所选点位类型重新计算；公布总分仅在选择全部点位类型时适用。',
  tintLegend: '单元格底色按得分占满分比例：',
  tintBand: '{from}–{to}%',
  groupedBarsTitle: '各点位类型得分对比',
  groupedBarsDescription: '每组为一个点位类型，每根柱为一个区的得分（满分 {max}）。',
  totalBarsTitle: '总分排名',
  totalBarsDescription: '各区总分（{scope}），虚线为全市平均 {city}。',
  radarTitle: '各区得分轮廓',
  radarDescription: '每个多边形为一个区在所选点位类型上的得分，虚线为全市平均。',
  radarPercentNote: '各点位类型满分不同，雷达图按满分的百分比显示。',
  radarPicker: '雷达图显示的区',
  legendToggle: '显示或隐藏 {name}',
  showTable: '以表格显示数据',
  hideTable: '隐藏数据表格',
  chartTable: '{title}（数据表）',
  cityAverage: '全市平均',
  score: '得分',
  maxScore: '满分',
  siteType: '点位类型',
  total: '总分',
  findingsTitle: '解析说明',
  findingsIntro: '以下为读取报纸表格时的核对结果，行号指原文行。',
  noFindings: '未发现需要说明的问题。',
  severityError: '错误',
  severityWarning: '注意',
  severityInfo: '说明',
  atLine: '第 {line} 行',
  atLineColumn: '第 {line} 行第 {column} 列',
  sourceTitle: '原文表格',
  sourceIntro: '内嵌数据为报纸所印两张表格的原文，数字均取自以下各行。',
  lineNumber: '行号',
  lineText: '内容',
  errorTitle: '数据无法读取',
} as const;

export type MessageKey = keyof typeof zh;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  appTitle: 'Taiyuan sanitary-city inspection scores',
  appSubtitle: 'Unannounced monthly inspections: scores by site type and total ranking of the urban districts',
  source: 'Source: {publication}',
  period: 'Period: {period}',
  skipToContent: 'Skip to main content',
  languageLabel: 'Language',
  languageZh: '中文',
  languageEn: 'English',
  filterLegend: 'Site types',
  filterAll: 'Select all',
  filterNone: 'Clear',
  filterSummary: '{count} of {total} selected',
  viewsLabel: 'Views',
  viewRankings: 'Rankings',
  viewBars: 'Compare',
  viewRadar: 'Radar',
  viewNotes: 'About the data',
  noSiteTypeSelected: 'No site type is selected. Tick at least one under “Site types” above.',
  noDistrictSelected: 'No district is selected. Tick at least one district below.',
  loadingCharts: 'Loading charts…',
  rankingsCaption: 'District scores and ranks ({scope})',
  scopeAll: 'all {count} site types',
  scopeSome: '{count} selected site types: {names}',
  scopeCount: '{count} selected site types',
  columnRank: 'Rank',
  columnDistrict: 'District',
  columnTotal: 'Total ({count} types)',
  columnPrinted: 'Published total',
  cityRow: '{city} (city average)',
  cityRowUnnamed: 'City average',
  sortBy: 'Sort by “{column}”',
  sortedDescending: 'descending',
  sortedAscending: 'ascending',
  resetSort: 'Back to the default order (by rank)',
  tieMark: 'tied',
  printedDiffers:
    'The published total differs from the sum of the site-type scores ({computed}): each score is rounded to 0.1, so ten of them can add up to 0.5 more or less. This is rounding.',
  printedDiffersShort: 'differs from the sum {computed} (rounding)',
  printedNote:
    '* Marked where the published total differs from the sum of the scores: each score is rounded to 0.1, so sums can drift by up to 0.5. Ranks follow the published totals.',
  subsetNote: 'Totals and ranks are recomputed over the selected site types; published totals apply only when all are selected.',
  tintLegend: 'Cell shade by share of the maximum score:',
  tintBand: '{from}–{to}%',
  groupedBarsTitle: 'Scores by site type',
  groupedBarsDescription: 'One group per site type, one bar per district (maximum {max}).',
  totalBarsTitle: 'Total ranking',
  totalBarsDescription: 'District totals ({scope}); the dashed line is the city average {city}.',
  radarTitle: 'District profiles',
  radarDescription: "Each polygon is one district's scores over the selected site types; the dashed one is the city average.",
  radarPercentNote: 'Site types have different maxima, so the radar shows each score as a percentage of its maximum.',
  radarPicker: 'Districts on the radar',
  legendToggle: 'Show or hide {name}',
  showTable: 'Show as table',
  hideTable: 'Hide the table',
  chartTable: '{title} (data table)',
  cityAverage: 'City average',
  score: 'Score',
  maxScore: 'Maximum',
  siteType: 'Site type',
  total: 'Total',
  findingsTitle: 'How the data was read',
  findingsIntro: 'What the checks found while reading the printed tables; line numbers refer to the source text.',
  noFindings: 'Nothing to note.',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Note',
  atLine: 'line {line}',
  atLineColumn: 'line {line}, column {column}',
  sourceTitle: 'The printed tables',
  sourceIntro: 'The embedded data is the text of the two printed tables; every figure comes from these lines.',
  lineNumber: 'Line',
  lineText: 'Text',
  errorTitle: 'The data could not be read',
};

const findingZh: Record<FindingCode, string> = {
  'no-table': '未找到得分表格：需要“点位类型(满分)”开头、其后为各区得分的行。',
  'not-a-number': '“{text}”不是数字（{siteType}）。',
  'missing-cell': '缺少一格：{siteType}{district}。',
  'extra-cell': '多出一格“{text}”（{siteType}）。',
  'missing-district-name': '得分前缺少区名（{siteType}）。',
  'duplicate-district': '{district}在{siteType}一行中出现两次。',
  'duplicate-site-type': '点位类型{siteType}出现两次。',
  'unknown-district': '“{district}”不是表中其他行出现的区名（可能是错印）。',
  'unreadable-row': '表格中的这一行无法读取：“{text}”。',
  'score-out-of-range': '{siteType}得分 {value} 超出 0–{maxScore}。',
  'district-names-missing': '总分表的表头没有区名，且没有排名表可用来对应各列。',
  internal: '读取时发生内部错误：{detail}。',
  'total-mismatch': '{district}公布总分 {printed} 与分项之和 {computed} 相差过大，超出舍入范围。',
  'total-max-mismatch': '总分满分 {printed} 与各项满分之和 {computed} 不同。',
  'city-average-mismatch': '{siteType}的全市值 {printed} 不是各区得分的平均值（{computed}）。',
  'city-total-mismatch': '全市总分 {printed} 不是各区公布总分的平均值（{computed}）。',
  'ranked-order': '{siteType}一行未按得分降序排列：{district} {value} 排在 {previousDistrict} {previousValue} 之后。',
  'totals-order': '总分行未按名次排列：{district} {value} 高于前一名 {previousDistrict} {previousValue}。',
  'tables-disagree': '两张表不一致：{district}{siteType}在排名表（第 {rankedLine} 行）为 {ranked}，在总分表为 {totals}；采用排名表的数值。',
  'site-type-in-one-table': '点位类型{siteType}只出现在一张表中。',
  'max-score-differs': '{siteType}的满分在两张表中不同（{printed} 与 {other}）。',
  'header-recovered-inexact': '总分表第 {rank} 列按得分对应为{district}，但有 {mismatches} 项不一致。',
  'extra-table': '另有 {count} 张同类表格未读取。',
  'header-recovered': '总分表表头缺少区名（只印了名次）；按各列得分与排名表逐项比对，恢复为：{districts}。',
  'total-rounding': '{district}公布总分 {printed}，分项得分之和为 {computed}：各项得分四舍五入到 0.1，属舍入误差。',
  'city-total-is-mean': '全市总分 {printed} 是各区公布总分的平均值（{meanOfTotals}），而不是全市一列之和（{sumOfColumn}）。',
  tie: '{siteType}：{districts}同为 {value} 分，并列第 {rank} 名（报纸中并列各区的先后顺序无意义）。',
};

const findingEn: Record<FindingCode, string> = {
  'no-table': 'No score table found: expected rows starting with “site type(maximum)” followed by district scores.',
  'not-a-number': '“{text}” is not a number ({siteType}).',
  'missing-cell': 'A cell is missing: {siteType} {district}.',
  'extra-cell': 'An extra cell “{text}” ({siteType}).',
  'missing-district-name': 'A score has no district name ({siteType}).',
  'duplicate-district': '{district} appears twice in the {siteType} row.',
  'duplicate-site-type': 'The site type {siteType} appears twice.',
  'unknown-district': '“{district}” is not a district named in the other rows (a misprint?).',
  'unreadable-row': 'This row of the table cannot be read: “{text}”.',
  'score-out-of-range': '{siteType} score {value} is outside 0–{maxScore}.',
  'district-names-missing': 'The totals table names no districts, and there is no ranked table to match its columns against.',
  internal: 'Internal error while reading: {detail}.',
  'total-mismatch': '{district}: published total {printed} is further from the sum of its scores ({computed}) than rounding explains.',
  'total-max-mismatch': 'The total maximum {printed} differs from the sum of the maxima ({computed}).',
  'city-average-mismatch': '{siteType}: the city value {printed} is not the mean of the districts ({computed}).',
  'city-total-mismatch': 'The city total {printed} is not the mean of the published district totals ({computed}).',
  'ranked-order': 'The {siteType} row is not in descending order: {district} {value} follows {previousDistrict} {previousValue}.',
  'totals-order':
    'The total row is not in rank order: {district} {value} is above the district before it, {previousDistrict} {previousValue}.',
  'tables-disagree':
    'The two tables disagree: {district}, {siteType} is {ranked} in the ranked table (line {rankedLine}) and {totals} in the totals table; the ranked table’s value is used.',
  'site-type-in-one-table': 'The site type {siteType} appears in one table only.',
  'max-score-differs': 'The maximum of {siteType} differs between the tables ({printed} and {other}).',
  'header-recovered-inexact': 'Column {rank} of the totals table was matched to {district}, but {mismatches} scores differ.',
  'extra-table': '{count} more table(s) of the same kind were not read.',
  'header-recovered':
    'The totals table’s header lost the district names (it prints only ranks); matching each column’s scores against the ranked table recovers them: {districts}.',
  'total-rounding':
    '{district}: published total {printed}, sum of the site-type scores {computed}. Each score is rounded to 0.1: this is rounding.',
  'city-total-is-mean':
    'The city total {printed} is the mean of the published district totals ({meanOfTotals}), not the sum of the city column ({sumOfColumn}).',
  tie: '{siteType}: {districts} all score {value} and share rank {rank} (the print’s order among tied districts carries no meaning).',
};

const messages: Record<Language, Messages> = { zh, en };
const findingMessages: Record<Language, Record<FindingCode, string>> = { zh: findingZh, en: findingEn };

export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(messages[language][key], params);
}

export function findingTemplate(language: Language, code: FindingCode): string {
  return findingMessages[language][code];
}

/** The keys of each language, for the test that both sets are complete. */
export function messageKeys(language: Language): string[] {
  return [...Object.keys(messages[language]), ...Object.keys(findingMessages[language]).map((k) => `finding:${k}`)].sort();
}
