// Loaded with NODE_OPTIONS=--import (node refuses --cpu-prof there) into the processes of the
// portal under bench:load --cpu-prof: profiles the process from its start and writes a V8
// profile into BENCH_CPU_PROF_DIR when it exits, as --cpu-prof would.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  process.on("exit", () => {
    // The in-process session answers synchronously, so this runs to its end before the exit.
    session.post("Profiler.stop", (error, result) => {
      if (!error)
        fs.writeFileSync(
          path.join(dir, `${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        );
    });
  });
}
