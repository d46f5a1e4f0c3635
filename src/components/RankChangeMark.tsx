// A rank change as an arrow and a number (↑2 / ↓1 / =), with words for screen readers: never colour alone.

export interface RankChangeMarkProps {
  change: number;
  /** The words read out, e.g. "up 2". */
  label: string;
}

export function RankChangeMark({ change, label }: RankChangeMarkProps) {
  const symbol = change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '=';
  return (
    <span className={`rank-change ${change > 0 ? 'up' : change < 0 ? 'down' : 'same'}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
