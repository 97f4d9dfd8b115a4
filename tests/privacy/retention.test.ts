import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyRetention } from "@/lib/privacy/retention";
import { advance, at, demoWorld, openGerid, type World } from "../factories";
import { storeBytes } from "@/lib/storage";
import { storedAttachment, testStorage } from "./helpers";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const DAY = 24 * 60 * 60_000;
const now = new Date("2026-11-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe("privacy retention", () => {
  it("keeps everything while the periods are 0 but removes expired exports", async () => {
    const { storage, exists } = testStorage();
    await db.privacySettings.create({
      data: { closedAttachmentDays: 0, accessLogDays: 0, mailBodyDays: 0 },
    });
    await db.dataAccess.create({
      data: {
        subjectId: world.requester.id,
        actorId: world.agent.id,
        kind: "profile",
        createdAt: daysAgo(900),
      },
    });
    const jsonKey = await storeBytes(storage, new Uint8Array([1]), { area: "exports" });
    await db.dataExport.create({
      data: {
        id: "e".repeat(32),
        userId: world.requester.id,
        state: "READY",
        jsonKey,
        expiresAt: daysAgo(1),
      },
    });
    const result = await applyRetention(at(now.toISOString()), storage);
    expect(result).toEqual({ attachments: 0, accessLog: 0, mailBodies: 0, exports: 1 });
    expect(exists(jsonKey)).toBe(false);
    expect(await db.dataAccess.count()).toBe(1);
    await db.privacySettings.deleteMany();
    await db.dataAccess.deleteMany();
  });

  it("removes what is older than each period, in slices, once across overlapping runs", async () => {
    const { storage, exists } = testStorage();
    await db.privacySettings.create({
      data: { closedAttachmentDays: 30, accessLogDays: 10, mailBodyDays: 5 },
    });
    const oldClosed = await openGerid(world).then((t) =>
      advance(world, t.id, ["start", "resolve", "accept"], at(daysAgo(40).toISOString())),
    );
    const recentClosed = await openGerid(world).then((t) =>
      advance(world, t.id, ["start", "resolve", "accept"], at(daysAgo(3).toISOString())),
    );
    const open = await openGerid(world);
    const oldFiles = await Promise.all(
      Array.from({ length: 7 }, () =>
        storedAttachment(storage, { ticketId: oldClosed.id, uploaderId: world.requester.id }),
      ),
    );
    const keptFiles = await Promise.all([
      storedAttachment(storage, { ticketId: recentClosed.id, uploaderId: world.requester.id }),
      storedAttachment(storage, {
        ticketId: open.id,
        uploaderId: world.requester.id,
        createdAt: daysAgo(90),
      }),
    ]);
    await db.dataAccess.createMany({
      data: [20, 15, 11, 9, 1].map((days) => ({
        subjectId: world.requester.id,
        actorId: world.agent.id,
        kind: "ticket",
        ref: open.number,
        createdAt: daysAgo(days),
      })),
    });
    const mail = (state: "SENT" | "PENDING", days: number) => ({
      kind: "test",
      toAddress: "x@example.org",
      toName: "X",
      subject: "Assunto",
      text: "Corpo com dados",
      html: "<p>Corpo com dados</p>",
      messageId: `<${crypto.randomUUID()}@test>`,
      state,
      nextAttemptAt: daysAgo(days),
      retryUntil: now,
      createdAt: daysAgo(days),
    });
    await db.outboxMessage.createMany({
      data: [mail("SENT", 9), mail("SENT", 8), mail("PENDING", 9), mail("SENT", 1)],
    });

    const sizes: number[] = [];
    const options = { firstRows: 2, onSlice: (rows: number) => sizes.push(rows) };
    const runs = await Promise.all([
      applyRetention(at(now.toISOString()), storage, options),
      applyRetention(at(now.toISOString()), storage, options),
    ]);
    const total = (name: keyof (typeof runs)[0]) => runs[0]![name]! + runs[1]![name]!;
    expect(total("attachments")).toBe(7);
    expect(total("accessLog")).toBe(3);
    expect(total("mailBodies")).toBe(2);
    expect(sizes.some((rows) => rows > 0 && rows <= 2)).toBe(true);

    for (const file of oldFiles) expect(exists(file.storageKey)).toBe(false);
    for (const file of keptFiles) expect(exists(file.storageKey)).toBe(true);
    expect(await db.attachment.count({ where: { ticketId: oldClosed.id } })).toBe(0);
    expect(await db.attachment.count({ where: { id: { in: keptFiles.map((f) => f.id) } } })).toBe(
      2,
    );
    expect(await db.dataAccess.count()).toBe(2);
    const bodies = await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(bodies.filter((m) => m.text === "" && m.html === "")).toHaveLength(2);
    // Still to be sent, or too recent: kept whole.
    expect(bodies.filter((m) => m.text === "Corpo com dados")).toHaveLength(2);
    expect(bodies.every((m) => m.subject === "Assunto")).toBe(true);

    expect(await applyRetention(at(now.toISOString()), storage)).toEqual({
      attachments: 0,
      accessLog: 0,
      mailBodies: 0,
      exports: 0,
    });
  });
});
