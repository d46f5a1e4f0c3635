// A rank, with the word for "tied" when another district shares it (never colour alone).

export function RankLabel({ rank, tied, tieLabel }: { rank: number | undefined; tied: boolean; tieLabel: string }) {
  return (
    <>
      {rank ?? '—'}
      {tied && <span className="tie-mark"> {tieLabel}</span>}
    </>
  );
}
