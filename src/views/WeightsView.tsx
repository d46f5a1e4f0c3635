// What-if weights: sliders per site type, totals and ranks recomputed live, rank changes and rank stability.

import { useMemo } from 'react';
import { RankChangeMark } from '../components/RankChangeMark';
import { WeightControls } from '../components/WeightControls';
import { formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { allWeightsZero, weightOf } from '../model/standings';
import { selectSelectedSiteTypes, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { selectRankChanges, selectStabilityInput, selectWeightedStandings } from '../store/viewSelectors';
import { ScrollTable } from '../components/ScrollTable';
import { isVirtual, TABLE_ROW_HEIGHT } from '../components/LongTableRows';
import { useDashboard } from '../store/store';
import { MAX_WEIGHT, MIN_WEIGHT } from '../store/viewState';
import { useRankRanges } from './useRankRanges';
import type { RankRange } from '../model/weights';
import type { SiteType } from '../data/types';
import { useScopeLabel } from './useScopeLabel';
import { useViewTranslate } from './useViewTranslate';

type Translate = ReturnType<typeof useViewTranslate>;

/** A district's range of ranks over all weights: pending, bounds only, one rank, or a range. */
function rangeText(range: RankRange | undefined, t: Translate): string {
  if (range === undefined) return t('stabilityPending');
  if (!range.exact) return t('stabilityBounds', { best: range.best, worst: range.worst });
  return range.best === range.worst
    ? t('stabilityFixed', { best: range.best })
    : t('stabilityRange', { best: range.best, worst: range.worst });
}

/**
 * The sliders, drawn again only when a weight, the site types or the language change: not for each batch of ranges,
 * which would set every slider's attributes again (React writes an input's type and name on each update).
 */
function useWeightSliders(siteTypes: readonly SiteType[], weights: Readonly<Record<string, number>>) {
  const setWeight = useDashboard((s) => s.setWeight);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  return useMemo(() => {
    const weightMap = new Map(Object.entries(weights));
    return (
      <WeightControls
        items={siteTypes.map((s) => ({
          key: s.name,
          label: t('weightLabel', { siteType: displayName(s.name, language) }),
          weight: weightOf(weightMap, s.name),
        }))}
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        onChange={setWeight}
        formatWeight={(w) => `×${formatScore(w, language)}`}
      />
    );
  }, [siteTypes, weights, language, t, setWeight]);
}

interface WeightedRowProps {
  row: { district: string; rank: number; total: number };
  change: { change: number; baseRank: number } | undefined;
  range: RankRange | undefined;
  /** aria-rowindex when only the rows in view are drawn. */
  rowIndex: number | undefined;
}

/** A district under the weights: its rank and total, its published rank and the change, its range of ranks. */
function WeightedRow({ row, change, range, rowIndex }: WeightedRowProps) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const delta = change?.change ?? 0;
  return (
    <tr aria-rowindex={rowIndex}>
      <td className="num">{row.rank}</td>
      <th scope="row">{displayName(row.district, language)}</th>
      <td className="num">{formatScore(row.total, language, digits)}</td>
      <td className="num">{change?.baseRank ?? '—'}</td>
      <td className="num">
        <RankChangeMark
          change={delta}
          label={delta > 0 ? t('rankUp', { n: delta }) : delta < 0 ? t('rankDown', { n: -delta }) : t('rankSame')}
        />
      </td>
      {/* Filled in as the worker's batches arrive (data-streamed: the benchmark times them on their own). */}
      <td className="num" data-streamed="">
        {rangeText(range, t)}
      </td>
    </tr>
  );
}

export default function WeightsView() {
  const siteTypes = useDashboard(selectSelectedSiteTypes);
  const weighted = useDashboard(selectWeightedStandings);
  const changes = useDashboard(selectRankChanges);
  // In a worker, shown as they arrive: the totals and ranks above them never wait for them.
  const stability = useRankRanges(useDashboard(selectStabilityInput));
  const weights = useDashboard((s) => s.weights);
  const resetWeights = useDashboard((s) => s.resetWeights);
  const language = useDashboard((s) => s.language);
  const scope = useScopeLabel();
  const t = useViewTranslate();
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  const sliders = useWeightSliders(siteTypes, weights);
  if (!weighted || !changes) return null;
  if (siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  const weightMap = new Map(Object.entries(weights));
  const virtual = isVirtual(weighted.rows.length);
  const caption = t('weightsCaption', { scope });
  return (
    <section aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t('weightsTitle')}</h2>
      <p>{t('weightsIntro')}</p>
      {sliders}
      <button type="button" onClick={resetWeights} disabled={weightMap.size === 0}>
        {t('resetWeights')}
      </button>
      {allWeightsZero(siteTypes, weightMap) && (
        <p role="status" className="note">
          {t('weightsAllZero')}
        </p>
      )}
      <ScrollTable
        caption={caption}
        columns={[
          t('columnWeightedRank'),
          t('columnDistrict', { kind: entityKind }),
          t('columnWeightedTotal'),
          t('columnPublishedRank'),
          t('columnChange'),
          t('columnStability'),
        ]}
        className="weights-table"
        // Hundreds of districts: only the rows in view are drawn, so that each batch of ranges redraws a screenful.
        longBody={{
          count: weighted.rows.length,
          rowHeight: TABLE_ROW_HEIGHT,
          footRows: 0,
          renderRow: (index) => {
            const row = weighted.rows[index];
            if (!row) return null;
            const rowIndex = virtual ? index + 2 : undefined;
            return (
              <WeightedRow
                key={row.district}
                row={row}
                change={changes.get(row.district)}
                range={stability.ranges.get(row.district)}
                rowIndex={rowIndex}
              />
            );
          },
        }}
      />
      {/* Shown, not announced: it changes with every batch, and each range is read with its row. Its box stays when
          the ranges are all in (data-streamed: the benchmark times them on their own). */}
      <div data-streamed="">
        {!stability.done && <p className="note">{t('stabilityProgress', { done: stability.ranges.size, total: weighted.rows.length })}</p>}
      </div>
      <p className="note">{t('stabilityNote')}</p>
    </section>
  );
}
