import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { setSubscription, unsubscribeByLink } from "@/lib/reports/subscriptions";
import { unsubscribeUrl } from "@/lib/reports/unsubscribe-token";
import { sendWeeklyReports } from "@/lib/reports/weekly";
import { at, demoWorld, openGerid, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
  await openGerid(world, {}, world.requester, at("2026-11-24T13:00:00Z"));
  await refreshReportFacts(at("2026-11-29T12:00:00Z"));
});

const weeklyMails = () => db.outboxMessage.findMany({ where: { kind: "report.weekly" } });

describe("the weekly report e-mail", () => {
  it("is for support only", async () => {
    expect(await setSubscription(world.requester, { subscribed: true })).toMatchObject({
      error: "forbidden",
    });
  });

  it("goes once on Monday morning, with the last week's figures and the links", async () => {
    const sunday = at("2026-11-29T15:00:00Z");
    await setSubscription(world.agent, { subscribed: true }, sunday);
    await setSubscription(world.admin, { subscribed: true }, sunday);
    // Monday 30/11 at 6h in São Paulo: not yet.
    expect(await sendWeeklyReports(at("2026-11-30T09:00:00Z"))).toEqual({ sent: 0 });
    // From 7h: once, even when two processes run the job at the same time.
    const runs = await Promise.all([
      sendWeeklyReports(at("2026-11-30T10:30:00Z")),
      sendWeeklyReports(at("2026-11-30T10:30:00Z")),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(2);
    expect(await sendWeeklyReports(at("2026-12-01T10:30:00Z"))).toEqual({ sent: 0 });
    const mails = await weeklyMails();
    expect(mails).toHaveLength(2);
    const mail = mails.find((m) => m.userId === world.agent.id)!;
    expect(mail.subject).toBe("Resumo semanal do atendimento – 23/11/2026 a 29/11/2026");
    expect(mail.text).toMatch(/Abertas\s*:?\s*1/);
    expect(mail.text).toContain("/relatorios?de=2026-11-23&ate=2026-11-29");
    expect(mail.text).toContain(unsubscribeUrl(world.agent.id));
    // The next Monday, the next week's summary.
    expect(await sendWeeklyReports(at("2026-12-07T10:30:00Z"))).toEqual({ sent: 2 });
  });

  it("unsubscribes with the signed link only", async () => {
    const signature = new URL(unsubscribeUrl(world.agent.id)).searchParams.get("assinatura")!;
    const forged = await unsubscribeByLink({ userId: world.admin.id, signature });
    expect(forged).toMatchObject({ error: "forbidden" });
    expect(await db.reportSubscription.count({ where: { userId: world.admin.id } })).toBe(1);
    expect(await unsubscribeByLink({ userId: world.agent.id, signature })).toMatchObject({
      ok: true,
    });
    expect(await db.reportSubscription.count({ where: { userId: world.agent.id } })).toBe(0);
  });
});
