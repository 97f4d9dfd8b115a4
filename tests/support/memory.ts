import v8 from "node:v8";
import vm from "node:vm";

/**
 * The process's resident memory at its peak while `work` runs, above what it held just before
 * (after a full garbage collection, so that earlier tests' garbage is not counted as room).
 */
export async function rssGrowthDuring(work: (sample: () => void) => Promise<void>) {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = () => void (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 5);
  try {
    await work(sample);
  } finally {
    clearInterval(timer);
  }
  return peak - baseline;
}
