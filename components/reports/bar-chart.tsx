import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridColumns, GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { fillOf, PatternDefs, valueText, valueTicks } from "./chart-style";

export type Series = { name: string; values: number[] };

const WIDTH = 720;
const tick = { fontSize: 11, fill: "#334155" } as const;

/**
 * Grouped bars drawn on the server (plain SVG from visx). Categories along the bottom for a
 * timeline (many short labels), or down the side for names (long labels), each bar labelled with
 * its value when there is room. Decorative to screen readers: the figure describes it and the
 * table beside it has the numbers.
 */
export function BarChart({
  chartId,
  categories,
  series,
  across,
}: {
  chartId: string;
  categories: string[];
  series: Series[];
  /** Categories along the bottom (a timeline) rather than down the side. */
  across: boolean;
}) {
  const values = series.flatMap((s) => s.values);
  const max = Math.max(1, ...values);
  const labelled = categories.length * series.length <= 40;
  if (across) {
    const height = 260;
    const m = { top: 16, right: 12, bottom: 56, left: 44 };
    const x = scaleBand({ domain: categories, range: [0, WIDTH - m.left - m.right], padding: 0.2 });
    const inner = scaleBand({
      domain: series.map((s) => s.name),
      range: [0, x.bandwidth()],
      padding: 0.05,
    });
    const y = scaleLinear({ domain: [0, max], range: [height - m.top - m.bottom, 0], nice: true });
    const every = Math.ceil(categories.length / 12);
    return (
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden="true">
        <PatternDefs chartId={chartId} count={series.length} />
        <Group left={m.left} top={m.top}>
          <GridRows
            scale={y}
            width={WIDTH - m.left - m.right}
            stroke="#e2e8f0"
            tickValues={valueTicks(y, values)}
          />
          {series.map((s, si) =>
            s.values.map((v, ci) => (
              <Bar
                key={`${si}-${ci}`}
                x={(x(categories[ci]!) ?? 0) + (inner(s.name) ?? 0)}
                y={y(v)}
                width={inner.bandwidth()}
                height={y(0) - y(v)}
                fill={fillOf(chartId, si)}
                stroke="#334155"
                strokeWidth={0.5}
              />
            )),
          )}
          <AxisLeft
            scale={y}
            tickValues={valueTicks(y, values)}
            tickFormat={(v) => valueText(Number(v))}
            tickLabelProps={{ ...tick, textAnchor: "end" }}
          />
          <AxisBottom
            top={height - m.top - m.bottom}
            scale={x}
            tickValues={categories.filter((_, i) => i % every === 0)}
            tickFormat={(c) => String(c).slice(0, 5)}
            tickLabelProps={{ ...tick, textAnchor: "middle" }}
          />
        </Group>
      </svg>
    );
  }
  const m = { top: 8, right: 48, bottom: 28, left: 200 };
  const rowHeight = Math.max(22, series.length * 14 + 8);
  const height = m.top + m.bottom + categories.length * rowHeight;
  const y = scaleBand({ domain: categories, range: [0, height - m.top - m.bottom], padding: 0.2 });
  const inner = scaleBand({
    domain: series.map((s) => s.name),
    range: [0, y.bandwidth()],
    padding: 0.05,
  });
  const x = scaleLinear({ domain: [0, max], range: [0, WIDTH - m.left - m.right], nice: true });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden="true">
      <PatternDefs chartId={chartId} count={series.length} />
      <Group left={m.left} top={m.top}>
        <GridColumns
          scale={x}
          height={height - m.top - m.bottom}
          stroke="#e2e8f0"
          tickValues={valueTicks(x, values)}
        />
        {series.map((s, si) =>
          s.values.map((v, ci) => {
            const top = (y(categories[ci]!) ?? 0) + (inner(s.name) ?? 0);
            return (
              <g key={`${si}-${ci}`}>
                <Bar
                  x={0}
                  y={top}
                  width={x(v)}
                  height={inner.bandwidth()}
                  fill={fillOf(chartId, si)}
                  stroke="#334155"
                  strokeWidth={0.5}
                />
                {labelled ? (
                  <text x={x(v) + 4} y={top + inner.bandwidth() / 2} dy="0.35em" {...tick}>
                    {valueText(v)}
                  </text>
                ) : null}
              </g>
            );
          }),
        )}
        <AxisLeft
          scale={y}
          tickFormat={(c) => (String(c).length > 30 ? `${String(c).slice(0, 29)}…` : String(c))}
          tickLabelProps={{ ...tick, textAnchor: "end" }}
        />
        <AxisBottom
          top={height - m.top - m.bottom}
          scale={x}
          tickValues={valueTicks(x, values)}
          tickFormat={(v) => valueText(Number(v))}
          tickLabelProps={{ ...tick, textAnchor: "middle" }}
        />
      </Group>
    </svg>
  );
}
