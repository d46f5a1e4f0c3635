// The seed page's printed figures, typed in by hand from the newspaper so tests compare against the print.

export const SEED_DISTRICTS_BY_TOTAL = ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'];

export const SEED_SITE_TYPES = [
  '农贸市场、便民市场',
  '食品三小行业',
  '重点场所四小行业',
  '各类围挡',
  '背街小巷',
  '公厕',
  '老旧小区',
  '废品回收站',
  '铁路沿线',
  '城中村',
];

/** Scores per site type, in the order of SEED_DISTRICTS_BY_TOTAL (the totals table's columns). */
export const SEED_SCORES: Record<string, number[]> = {
  '农贸市场、便民市场': [80.2, 73.6, 69.3, 72.4, 76.4, 69.9],
  食品三小行业: [67.7, 65.6, 66.0, 71.4, 63.9, 65.5],
  重点场所四小行业: [72.3, 74.9, 62.5, 72.4, 71.0, 74.0],
  各类围挡: [77.6, 73.5, 73.7, 70.3, 78.0, 68.4],
  背街小巷: [67.3, 77.2, 66.6, 73.4, 71.4, 68.6],
  公厕: [78.8, 74.3, 77.8, 76.5, 66.4, 69.8],
  老旧小区: [60.6, 58.0, 54.6, 60.0, 55.9, 59.3],
  废品回收站: [57.8, 49.5, 54.0, 45.0, 40.5, 51.0],
  铁路沿线: [49.5, 49.5, 80.7, 53.1, 57.8, 49.5],
  城中村: [64.9, 73.8, 54.8, 56.7, 69.3, 67.3],
};

export const SEED_CITY_AVERAGES: Record<string, number> = {
  '农贸市场、便民市场': 73.6,
  食品三小行业: 66.7,
  重点场所四小行业: 71.2,
  各类围挡: 73.6,
  背街小巷: 70.8,
  公厕: 73.9,
  老旧小区: 58.1,
  废品回收站: 49.6,
  铁路沿线: 56.7,
  城中村: 64.5,
};

export const SEED_PUBLISHED_TOTALS = [676.6, 669.9, 659.8, 651.2, 650.6, 643.3];
export const SEED_CITY_TOTAL = 658.6;
/** 1-based lines of the page: the ranked table's rows 69–78, the totals table's 84–93, 总分 at 94. */
export const SEED_RANKED_FIRST_ROW_LINE = 69;
export const SEED_TOTAL_ROW_LINE = 94;

/** The seed's scores with the site types as rows and the districts as columns (how the paper prints its first table). */
export function seedSiteTypesAsRows(corner = '点位类型'): string[][] {
  return [
    [corner, ...SEED_DISTRICTS_BY_TOTAL],
    ...SEED_SITE_TYPES.map((siteType) => [siteType, ...(SEED_SCORES[siteType] ?? []).map(String)]),
  ];
}
