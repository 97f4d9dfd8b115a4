import "server-only";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { optimizeDatabase } from "@/lib/db/maintenance";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { closeUnansweredInfoRequests } from "@/lib/tickets/info-close";
import { sendAutoCloseReminders, sendInfoReminders } from "@/lib/tickets/reply-reminders";
import { runMailWorker } from "@/lib/notifications/worker";
import { deleteStaleUploads } from "@/lib/attachments/staging";
import { deleteDeadSessions } from "@/lib/auth/sessions";
import { forgetOldRequestKeys } from "@/lib/forms/request-key";
import { log as logger } from "@/lib/log";
import { rebuildSearchIndex } from "@/lib/search";
import { readAllMailboxes } from "@/lib/inbound/reader";
import { watchMailboxes } from "@/lib/inbound/watcher";
import { buildDataExports } from "@/lib/privacy/export-job";
import { applyRetention } from "@/lib/privacy/retention";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { sendWeeklyReports } from "@/lib/reports/weekly";
import { jobsStopping, stopJobRuns } from "./stopping";

/**
 * The scheduled jobs, run in a thread of each portal process (`npm start`: lib/jobs/thread.ts)
 * unless RUN_JOBS=false. Each job is safe to run in several processes at once; the same jobs run
 * from cron with `npm run job -- <name>`.
 */
type Job = {
  /** null: run from the command line only. */
  everyMs: number | null;
  /** Runs once; `now` simulates the clock. Resolves to counts worth logging when not zero. */
  run: (now?: Date) => Promise<Record<string, number>>;
  /** Runs the job as soon as something happens (new mail), besides every everyMs; returns a stop. */
  watch?: (wake: () => void) => () => void;
};

export const JOBS = {
  "auto-close": {
    everyMs: 60_000,
    run: (now?: Date) => autoCloseDueTickets(now ? () => now : undefined),
  },
  /** The reply cycle: reminders to the requester, and tickets closed "sem retorno do usuário". */
  "auto-close-reminder": {
    everyMs: 60_000,
    run: (now?: Date) => sendAutoCloseReminders(now ? () => now : undefined),
  },
  "info-reminder": {
    everyMs: 60_000,
    run: (now?: Date) => sendInfoReminders(now ? () => now : undefined),
  },
  "info-close": {
    everyMs: 60_000,
    run: (now?: Date) => closeUnansweredInfoRequests(now ? () => now : undefined),
  },
  /** Outbox e-mails out over SMTP; often, because people wait for a password link. */
  "deliver-mail": {
    everyMs: 3_000,
    run: (now?: Date) => runMailWorker(now ? () => now : undefined),
  },
  /** Files uploaded for a form that was never sent, after a day. */
  "remove-stale-uploads": {
    everyMs: 60 * 60_000,
    run: (now?: Date) => deleteStaleUploads(now ? () => now : undefined),
  },
  /** Ended and expired sign-ins, and form keys no browser will retry: records of no more use. */
  "forget-old-records": {
    everyMs: 60 * 60_000,
    run: async (now?: Date) => ({
      sessions: await deleteDeadSessions(now ?? new Date()),
      requestKeys: await forgetOldRequestKeys(now ? () => now : undefined),
    }),
  },
  /**
   * Replies and requests by e-mail from the IMAP_URL mailboxes (lib/inbound): at once when the
   * server announces new mail (IDLE), and every minute whatever happens.
   */
  "read-mail": {
    everyMs: 60_000,
    run: async (now?: Date) =>
      env.imapUrls.length === 0 ? {} : readAllMailboxes({ clock: now ? () => now : undefined }),
    watch: (wake: () => void) =>
      env.imapUrls.length === 0 ? () => undefined : watchMailboxes(wake),
  },
  /** "Baixar meus dados": builds the files people asked for and e-mails them. */
  "data-export": {
    everyMs: 15_000,
    run: (now?: Date) => buildDataExports(now ? () => now : undefined),
  },
  /** LGPD retention: closed tickets' files, access log, mail bodies, expired exports. */
  "privacy-retention": {
    everyMs: 60 * 60_000,
    run: (now?: Date) => applyRetention(now ? () => now : undefined),
  },
  /** Refreshes the query planner's statistics as the data grows. */
  "db-optimize": {
    everyMs: 60 * 60_000,
    run: async () => {
      await optimizeDatabase(env.databaseUrl);
      return {};
    },
  },
  /** The reports' facts brought up to date with the tickets changed since the last run. */
  "report-facts": {
    everyMs: 60_000,
    run: (now?: Date) => refreshReportFacts(now ? () => now : undefined),
  },
  /** "Resumo semanal": the subscribers' weekly report, once on Monday morning. */
  "weekly-report": {
    everyMs: 10 * 60_000,
    run: (now?: Date) => sendWeeklyReports(now ? () => now : undefined),
  },
  /** The search index written again from the articles and the catalogue (`npm run job -- rebuild-search`). */
  "rebuild-search": {
    everyMs: null,
    run: () => rebuildSearchIndex(db),
  },
} as const satisfies Record<string, Job>;

export type JobName = keyof typeof JOBS;

/**
 * Starts every scheduled job; answers how to stop them: no run starts after it is called, and it
 * resolves once the runs under way have ended (each is bounded by its budget), so that a mail
 * being sent is recorded as sent before the process goes, and is never sent again by the next one.
 */
export function startScheduledJobs(): () => Promise<void> {
  const scheduled = Object.entries(JOBS as Record<string, Job>).filter(([, job]) => job.everyMs);
  const runs = new Set<Promise<void>>();
  const stops: (() => void)[] = [];
  for (const [name, job] of scheduled) {
    let running = false;
    // A wake-up during a run (mail arrived meanwhile) runs the job once more right after it.
    let again = false;
    const tick = async (woken = false): Promise<void> => {
      if (running || jobsStopping.aborted) {
        again ||= woken;
        return; // a slow run is never overlapped by its own next tick
      }
      running = true;
      again = false;
      try {
        const result = await job.run();
        if (Object.values(result).some((n) => n > 0))
          logger.info({ event: "job", job: name, ...result });
      } catch (error) {
        logger.error({ event: "job.failed", job: name, err: error });
      } finally {
        running = false;
      }
      if (again) return tick(true);
    };
    const start = (woken?: boolean) => {
      const run = tick(woken);
      runs.add(run);
      void run.finally(() => runs.delete(run));
    };
    start();
    // Held open: these timers are all the jobs thread has to do.
    const timer = setInterval(() => start(), job.everyMs!);
    stops.push(() => clearInterval(timer));
    const unwatch = job.watch?.(() => start(true));
    if (unwatch) stops.push(unwatch);
  }
  return async () => {
    stopJobRuns();
    for (const stop of stops) stop();
    await Promise.all(runs);
  };
}
