/**
 * The charts' colours and fills: the Okabe–Ito palette, which colour-blind readers tell apart,
 * and a pattern per series (solid, stripes, dots, cross-hatch…) so that no series is told from
 * another by colour alone; lines get a dash and a marker each. Prints in black and white too.
 */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
export const LINE_DASHES = ["", "6 3", "2 3", "10 3 2 3"];

const PATTERNS = [
  () => null,
  (c: string) => <path d="M0 6 L6 0" stroke={c} strokeWidth="2" />,
  (c: string) => <circle cx="3" cy="3" r="1.5" fill={c} />,
  (c: string) => <path d="M0 0 L6 6 M6 0 L0 6" stroke={c} strokeWidth="1.2" />,
  (c: string) => <path d="M0 3 H6" stroke={c} strokeWidth="2" />,
  (c: string) => <path d="M3 0 V6" stroke={c} strokeWidth="2" />,
];

export const fillOf = (chartId: string, series: number) =>
  series === 0 ? SERIES_COLOURS[0]! : `url(#${chartId}-p${series})`;

/** The <defs> of a chart's patterns: a light tint of the series colour with its drawing on top. */
export function PatternDefs({ chartId, count }: { chartId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => i)
        .filter((i) => i > 0)
        .map((i) => {
          const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
          return (
            <pattern
              key={i}
              id={`${chartId}-p${i}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
            >
              <rect width="6" height="6" fill={colour} opacity="0.35" />
              {PATTERNS[i % PATTERNS.length]!(colour)}
            </pattern>
          );
        })}
    </defs>
  );
}

/** The legend: each series' swatch (its fill, or its line) and name, as text. */
export function Legend({
  chartId,
  names,
  lines = false,
}: {
  chartId: string;
  names: string[];
  lines?: boolean;
}) {
  if (names.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
      {names.map((name, i) => (
        <li key={name} className="flex items-center gap-1.5">
          <svg width="28" height="14">
            <PatternDefs chartId={`${chartId}-legend`} count={names.length} />
            {lines ? (
              <line
                x1="0"
                y1="7"
                x2="28"
                y2="7"
                strokeWidth="2.5"
                stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                strokeDasharray={LINE_DASHES[i % LINE_DASHES.length]}
              />
            ) : (
              <rect
                width="28"
                height="14"
                fill={fillOf(`${chartId}-legend`, i)}
                stroke="#334155"
                strokeWidth="0.5"
              />
            )}
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}

/** A number as the charts write it: whole, or with one decimal and a comma. */
export const valueText = (n: number) =>
  Number.isInteger(n) ? String(n) : n.toFixed(1).replace(".", ",");

/** The value axis's ticks: whole numbers only when every value is whole (counts of tickets). */
export function valueTicks(scale: { ticks: (count?: number) => number[] }, values: number[]) {
  const ticks = scale.ticks(5);
  return values.every(Number.isInteger) ? ticks.filter(Number.isInteger) : ticks;
}
