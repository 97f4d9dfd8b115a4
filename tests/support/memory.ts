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
  // Collected every few samples: chunks already passed on are garbage, and left to pile up until
  // V8 gets round to them they would look like a file held whole.
  let samples = 0;
  const sample = () => {
    if (++samples % 16 === 0) gc();
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 5);
  try {
    await work(sample);
  } finally {
    clearInterval(timer);
  }
  return peak - baseline;
}
