// Fast look-ups into an inspection's scores, and the city's value per site type.

import type { Inspection, SiteType } from '../data/types';

export interface ScoreIndex {
  inspection: Inspection;
  /** district → site type → value */
  byDistrict: Map<string, Map<string, number>>;
  /** site type → printed city value */
  publishedCity: Map<string, number>;
}

export function indexScores(inspection: Inspection): ScoreIndex {
  const byDistrict = new Map<string, Map<string, number>>();
  for (const district of inspection.districts) byDistrict.set(district, new Map());
  for (const score of inspection.scores) {
    let row = byDistrict.get(score.district);
    if (!row) {
      row = new Map();
      byDistrict.set(score.district, row);
    }
    row.set(score.siteType, score.value);
  }
  const publishedCity = new Map<string, number>();
  for (const average of inspection.cityAverages ?? []) publishedCity.set(average.siteType, average.value);
  return { inspection, byDistrict, publishedCity };
}

const indexes = new WeakMap<Inspection, ScoreIndex>();

/**
 * The inspection's index, made once per inspection: a read inspection is never changed, and the trend asks for
 * every period's standings on each change of its measure (300 districts × 24 periods: 30 ms of indexing each time).
 */
export function scoreIndexOf(inspection: Inspection): ScoreIndex {
  let index = indexes.get(inspection);
  if (!index) {
    index = indexScores(inspection);
    indexes.set(inspection, index);
  }
  return index;
}

export function scoreOf(index: ScoreIndex, district: string, siteType: string): number | undefined {
  return index.byDistrict.get(district)?.get(siteType);
}

/** Mean of the districts' scores in one site type (undefined when none has a score). */
export function cityMean(index: ScoreIndex, siteType: string): number | undefined {
  let sum = 0;
  let count = 0;
  for (const district of index.inspection.districts) {
    const value = scoreOf(index, district, siteType);
    if (value === undefined) continue;
    sum += value;
    count++;
  }
  return count === 0 ? undefined : sum / count;
}

/** The city's value for a site type: the printed one when the text prints a city column, else the mean. */
export function cityValue(index: ScoreIndex, siteType: string): number | undefined {
  return index.publishedCity.get(siteType) ?? cityMean(index, siteType);
}

/** The site types of an inspection that are in the selection, in printed order. */
export function selectSiteTypes(inspection: Inspection, selected: readonly string[] | 'all'): SiteType[] {
  if (selected === 'all') return inspection.siteTypes;
  const chosen = new Set(selected);
  return inspection.siteTypes.filter((s) => chosen.has(s.name));
}
