// Prints inspection figures the way the newspaper does, with the variations other months bring.

export interface PrintSpec {
  /** Districts in the order of the totals table (by total). */
  districts: string[];
  siteTypes: { name: string; maxScore: number }[];
  /** scores[siteType index][district index] */
  scores: number[][];
  city?: string;
}

export interface PrintOptions {
  ranked?: boolean;
  totals?: 'unnamed' | 'named' | 'none';
  cityColumn?: boolean;
  newline?: '\n' | '\r\n';
  /** Brackets around the maximum. */
  brackets?: ['(', ')'] | ['（', '）'];
  /** Between a district's name and its score in the ranked table. */
  nameSeparator?: string;
  /** Between cells. */
  cellSeparator?: string;
  /** Prose before and after the tables, as on a newspaper page. */
  prose?: boolean;
}

const fmt = (value: number): string => value.toFixed(1);

export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function printTables(spec: PrintSpec, options: PrintOptions = {}): string {
  const {
    ranked = true,
    totals = 'unnamed',
    cityColumn = spec.city !== undefined,
    newline = '\n',
    brackets = ['(', ')'],
    nameSeparator = ' ',
    cellSeparator = '\t',
    prose = true,
  } = options;
  const label = (name: string, max: number): string => `${name}${brackets[0]}${max}${brackets[1]}`;
  const n = spec.districts.length;
  const lines: string[] = [];
  if (prose) lines.push('## 本市新闻', '', '本报讯 1月7日,市里召开会议(2024)年度总结。', '');
  if (ranked) {
    lines.push('## 点位类型得分排名', '');
    lines.push(['点位类型', '排名', ...new Array<string>(n - 1).fill('')].join(cellSeparator));
    lines.push(['', ...spec.districts.map((_, i) => String(i + 1))].join(cellSeparator));
    spec.siteTypes.forEach((siteType, s) => {
      const row = spec.districts
        .map((district, d) => ({ district, value: spec.scores[s]?.[d] ?? 0, d }))
        .sort((a, b) => b.value - a.value || a.d - b.d);
      lines.push(
        [label(siteType.name, siteType.maxScore), ...row.map((c) => `${c.district}${nameSeparator}${fmt(c.value)}`)].join(cellSeparator),
      );
    });
    lines.push('');
  }
  if (totals !== 'none') {
    const withCity = cityColumn && spec.city !== undefined;
    lines.push('## 各区总分排名', '');
    if (totals === 'named') {
      lines.push(['点位类型', ...spec.districts, ...(withCity ? [spec.city ?? ''] : [])].join(cellSeparator));
    } else {
      lines.push(['点位类型', '排名', ...new Array<string>(n - 1).fill(''), ...(withCity ? [spec.city ?? ''] : [])].join(cellSeparator));
      lines.push(['', ...spec.districts.map((_, i) => String(i + 1)), ...(withCity ? [''] : [])].join(cellSeparator));
    }
    spec.siteTypes.forEach((siteType, s) => {
      const values = spec.scores[s] ?? [];
      lines.push(
        [label(siteType.name, siteType.maxScore), ...values.map(fmt), ...(withCity ? [fmt(mean(values))] : [])].join(cellSeparator),
      );
    });
    const totalsByDistrict = spec.districts.map((_, d) => spec.scores.reduce((sum, row) => sum + (row[d] ?? 0), 0));
    const max = spec.siteTypes.reduce((sum, s) => sum + s.maxScore, 0);
    lines.push([label('总分', max), ...totalsByDistrict.map(fmt), ...(withCity ? [fmt(mean(totalsByDistrict))] : [])].join(cellSeparator));
    lines.push('');
  }
  if (prose) lines.push('## 其他新闻', '', '本报讯 学府街道规范村级财务管理。', '');
  return lines.join(newline);
}
