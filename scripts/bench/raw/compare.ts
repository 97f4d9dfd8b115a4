import { performance } from "node:perf_hooks";
import { percentiles } from "../measure";
import { recordStatements } from "./capture";
import type { RawReplayer } from "./replay";

export const RATIO_GOAL = 3;

/**
 * Times `run` as timeSamples does and the very statements it sent (recorded at the driver)
 * replayed straight through the driver: the portal's overhead over raw SQL is the ratio. Runs
 * alternate, so the machine's load weighs on both sides alike. Answers the ratios.
 */
export async function timeAgainstRaw(
  label: string,
  { samples, warmUp, raw }: { samples: number; warmUp: number; raw: RawReplayer },
  run: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const portal: number[] = [];
  const direct: number[] = [];
  let statements = 0;
  const timed = async (call: () => Promise<unknown>) => {
    const start = performance.now();
    await call();
    return performance.now() - start;
  };
  for (let i = 0; i < warmUp + samples; i++) {
    // A first, untimed run records the statements and reads the pages they touch, so that
    // neither side pays alone for rows not yet in memory (each sample reads another person's).
    const recorded = await recordStatements(() => run(i));
    // Then both sides, the first of the two taking turns.
    const portalFirst = i % 2 === 0;
    const first = await timed(() => (portalFirst ? run(i) : raw.replay(recorded)));
    const second = await timed(() => (portalFirst ? raw.replay(recorded) : run(i)));
    if (i < warmUp) continue;
    portal.push(portalFirst ? first : second);
    direct.push(portalFirst ? second : first);
    statements += recorded.length;
  }
  const p = percentiles(portal);
  const r = percentiles(direct);
  const ratio = { p50: p.p50 / r.p50, p95: p.p95 / r.p95 };
  const cell = (n: number) => n.toFixed(2).padStart(7);
  const flag = Math.max(ratio.p50, ratio.p95) > RATIO_GOAL ? "  > 3×" : "";
  console.log(
    `${label.padEnd(50)} ${cell(p.p50)} ${cell(p.p95)}  ${cell(r.p50)} ${cell(r.p95)}  ${ratio.p50.toFixed(2).padStart(5)} ${ratio.p95.toFixed(2).padStart(5)}  ${(statements / samples).toFixed(1).padStart(4)}${flag}`,
  );
  return ratio;
}

/** The header over timeAgainstRaw's lines. */
export function rawTableHeader(): string {
  return `${"".padEnd(50)} ${"portal ms".padStart(15)}  ${"raw SQL ms".padStart(15)}  ${"ratio".padStart(11)}  stmts\n${"".padEnd(50)} ${"p50".padStart(7)} ${"p95".padStart(7)}  ${"p50".padStart(7)} ${"p95".padStart(7)}  ${"p50".padStart(5)} ${"p95".padStart(5)}  /call`;
}
