// The interface strings of the first screen (shell and rankings): Chinese, the default, built in; other
// languages load on demand (messages.en.ts), so the first screen does not carry them. The views that load
// later have their own strings in viewMessages.ts. `{name}` marks a value filled in at run time.

import { registerNames, type Language } from './names';

const zh = {
  appTitle: '太原市城六区创卫月督查得分看板',
  appSubtitle: '创卫评估暗访：各区点位类型得分与总分排名',
  source: '数据来源：{publication}',
  period: '期次：{period}',
  skipToContent: '跳到主要内容',
  languageLabel: '语言',
  languageUnavailable: '未能加载该语言，请刷新页面后重试。',
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
  loadingCharts: '正在加载……',
  rankingsCaption: '各{kind}得分与排名（{scope}）',
  scopeAll: '全部 {count} 项点位类型',
  scopeSome: '所选 {count} 项点位类型：{names}',
  columnRank: '排名',
  columnDistrict: '{kind}',
  columnTotal: '总分（{count}项）',
  columnPrinted: '公布总分',
  cityRow: '{city}（全市平均）',
  cityRowUnnamed: '全市平均',
  resetSort: '恢复默认排序（按排名）',
  tieMark: '并列',
  printedDiffersShort: '与分项之和 {computed} 不同（舍入）',
  printedDiffersMisprint: '与分项之和 {computed} 相差超出舍入范围，可能是错印',
  printedDiffersPlain: '与分项之和 {computed} 不同',
  printedNote:
    '* 公布总分与分项得分之和不一致之处已标注：各项得分四舍五入后，合计可相差至多 {tolerance}，在此之内属舍入。{misprints}排名以公布总分为准。',
  printedNoteMisprints: '超出此范围的标为可能的错印。',
  subsetNote: '总分与排名按所选点位类型重新计算；公布总分仅在选择全部点位类型时适用。',
  tintLegend: '单元格底色按得分占满分比例：',
  tintBand: '{from}–{to}%',
  cityAverage: '全市平均',
  siteType: '点位类型',
  total: '总分',
  errorTitle: '数据无法读取',
  viewSiteType: '单项排名',
  viewDistrict: '区报告',
  viewWeights: '权重模拟',
  summaryTitle: '摘要',
  copySummary: '复制摘要',
  copied: '已复制',
  copyFailed: '无法复制，请手动选择文字复制。',
  summaryLead: '按{scope}计，{leaders}以 {total} 分居首，领先第二名{runnerUp} {margin} 分；{last}以 {lastTotal} 分居末。',
  summaryLeadShared: '按{scope}计，{leaders}以 {total} 分并列第一；{last}以 {lastTotal} 分居末。',
  summaryCity: '全市平均得分最高的点位类型是{strong}（{strongValue} 分），最低的是{weak}（{weakValue} 分）。',
  summarySpread: '各区差距最大的是{siteType}：最高的{best}与最低的{worst}相差 {spread} 分。',
  summaryRounding: '{districts}的公布总分与各项得分之和略有出入，属舍入误差。',
  summaryTie: '{siteType}中{districts}同为 {value} 分，并列第 {rank} 名。',
  rankUp: '升 {n} 位',
  rankDown: '降 {n} 位',
  rankSame: '不变',
  viewTrend: '趋势',
  viewFailed: '此视图出错，其他视图不受影响',
  retry: '重试',
  themeLabel: '配色',
  themeAuto: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  periodPicker: '期次',
  importOpen: '导入数据',
  rankChangeColumn: '较上期',
  rankChangeTitle: '与上一期（{period}）相比的排名变化',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  downloadsLabel: '下载',
  downloadCsv: '下载表格 CSV',
  downloadJson: '下载数据 JSON',
  downloadUnavailable: '下载功能未能加载，请刷新页面后重试。',
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

/** The languages whose strings are loaded; Chinese always is. */
const loaded: Partial<Record<Language, Messages>> = { zh };
const loaders: Record<Exclude<Language, 'zh'>, () => Promise<{ messages: Messages; names: Readonly<Record<string, string>> }>> = {
  en: () => import('./messages.en').then((module) => ({ messages: module.en, names: module.englishNames })),
};

/** Loads a language's strings and names; the app switches to a language only once this has resolved. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh' || loaded[language]) return;
  const { messages, names } = await loaders[language]();
  registerNames(language, names);
  loaded[language] = messages;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language === 'zh' ? 'zh-CN' : 'en-GB');
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Fills `{name}` with a value, and `{count|# type|# types}` with the form the language's plural rules
 * choose for the count (`#` is the count): 1 type, 10 types. Chinese has one form, the last.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>, language: Language = 'zh'): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    const form = pluralOf(language, Number(value)) === 'one' ? one : other;
    return form.replace('#', String(value));
  });
}

export function translate(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  // A language not loaded yet reads as Chinese; the app loads it before switching (see loadLanguage).
  return interpolate((loaded[language] ?? zh)[key], params, language);
}

/** The keys of a loaded language, for the test that every set is complete. */
export function messageKeys(language: Language): string[] {
  return Object.keys(loaded[language] ?? {}).sort();
}
