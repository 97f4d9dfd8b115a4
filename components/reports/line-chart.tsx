import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import type { Series } from "./bar-chart";
import { LINE_DASHES, SERIES_COLOURS, valueText, valueTicks } from "./chart-style";

const WIDTH = 720;
const HEIGHT = 240;
const tick = { fontSize: 11, fill: "#334155" } as const;

/** Lines over time (the backlog), each with its own dash; the last value written at its end. */
export function LineChart({ categories, series }: { categories: string[]; series: Series[] }) {
  const m = { top: 16, right: 48, bottom: 40, left: 44 };
  const x = scalePoint({ domain: categories, range: [0, WIDTH - m.left - m.right] });
  const values = series.flatMap((s) => s.values);
  const y = scaleLinear({
    domain: [0, Math.max(1, ...values)],
    range: [HEIGHT - m.top - m.bottom, 0],
    nice: true,
  });
  const every = Math.ceil(categories.length / 12);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true">
      <Group left={m.left} top={m.top}>
        <GridRows
          scale={y}
          width={WIDTH - m.left - m.right}
          stroke="#e2e8f0"
          tickValues={valueTicks(y, values)}
        />
        {series.map((s, si) => {
          const colour = SERIES_COLOURS[si % SERIES_COLOURS.length]!;
          const points = s.values.map((v, i) => [x(categories[i]!) ?? 0, y(v)] as const);
          const last = points.at(-1);
          return (
            <g key={s.name}>
              <LinePath
                data={points}
                x={(p) => p[0]}
                y={(p) => p[1]}
                stroke={colour}
                strokeWidth={2.5}
                strokeDasharray={LINE_DASHES[si % LINE_DASHES.length]}
              />
              {last ? (
                <text x={last[0] + 6} y={last[1]} dy="0.35em" {...tick}>
                  {s.values.at(-1)}
                </text>
              ) : null}
            </g>
          );
        })}
        <AxisLeft
          scale={y}
          tickValues={valueTicks(y, values)}
          tickFormat={(v) => valueText(Number(v))}
          tickLabelProps={{ ...tick, textAnchor: "end" }}
        />
        <AxisBottom
          top={HEIGHT - m.top - m.bottom}
          scale={x}
          tickValues={categories.filter((_, i) => i % every === 0)}
          tickFormat={(c) => String(c).slice(0, 5)}
          tickLabelProps={{ ...tick, textAnchor: "middle" }}
        />
      </Group>
    </svg>
  );
}
