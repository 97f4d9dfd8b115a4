import fs from "node:fs";
import path from "node:path";

/**
 * Where the portal's CPU went (--cpu-prof): reads the V8 profiles the server processes wrote on
 * exit and prints the self time by package (or portal folder) and by function, the biggest first.
 */
type Node = {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[] };

export function printProfiles(dir: string, top = 15) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Profile;
    const total = profile.samples.length;
    // The start command's own profile (tsx, waiting) says nothing about pages.
    if (total < 1000) continue;
    const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
    const byPlace = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (!hits) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const place = placeOf(url, functionName);
      byPlace.set(place, (byPlace.get(place) ?? 0) + hits);
      const fn = `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    }
    console.log(
      `\nCPU profile ${path.join(dir, file)} (${((total * msPerSample) / 1000).toFixed(0)} s):`,
    );
    const print = (title: string, map: Map<string, number>) => {
      console.log(`  ${title}`);
      for (const [name, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`    ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
    };
    print("self time by package / folder:", byPlace);
    print("self time by function:", byFunction);
  }
}

function placeOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || "native"})`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith("node:")) return url;
  const chunk = /\.next\/server\/(chunks\/[^/]*|app)/.exec(url);
  return chunk ? `.next/server/${chunk[1]} (portal code and bundled packages)` : shortUrl(url);
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
