/** A person's scores oldest to newest as small bars (decoration: the text beside it says the same). */
export function ScoreBars({ scores }: { scores: readonly number[] }) {
  const width = 6;
  const shown = scores.slice(-20);
  return (
    <svg
      className="score-bars"
      aria-hidden="true"
      width={shown.length * (width + 2)}
      height={24}
      viewBox={`0 0 ${shown.length * (width + 2)} 24`}
    >
      {shown.map((score, i) => {
        const height = Math.max(1, Math.round((score / 100) * 24));
        return <rect key={i} x={i * (width + 2)} y={24 - height} width={width} height={height} />;
      })}
    </svg>
  );
}
