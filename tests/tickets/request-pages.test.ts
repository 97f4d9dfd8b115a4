import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { onBehalfFormPage, requesterFormPage } from "@/lib/tickets/request-pages";
import { demoWorld, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const refusals = (actorId: string, subject: string) =>
  db.securityEvent.count({ where: { kind: "permission.refused", actorId, subject } });

describe("the pages that open a request read through lib and check who asks", () => {
  it("give a requester the item's form, their contact and their colleagues by name", async () => {
    const page = await requesterFormPage(world.requester, "gerid");
    expect(page?.item.title).toBe("GERID");
    expect(page?.me.id).toBe(world.requester.id);
    expect(page?.colleagues.map((c) => c.id)).toContain(world.colleague.id);
    expect(page?.colleagues.every((c) => Object.keys(c).sort().join() === "id,name")).toBe(true);
    expect(page?.attachments.maxMb).toBeGreaterThan(0);
    expect(await requesterFormPage(world.requester, "no-such-item")).toBeNull();
  });

  it("refuse the requester's form to support, with a log line", async () => {
    const before = await refusals(world.agent.id, "request.form");
    expect(await requesterFormPage(world.agent, "gerid")).toBeNull();
    expect(await refusals(world.agent.id, "request.form")).toBe(before + 1);
  });

  it("give support the choices and the chosen organization's requesters", async () => {
    const requester = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    const page = await onBehalfFormPage(world.agent, {
      organizationId: requester.organizationId!,
      slug: "gerid",
    });
    expect(page?.organizations.map((o) => o.id)).toContain(requester.organizationId);
    expect(page?.items.map((i) => i.slug)).toContain("gerid");
    expect(page?.item?.title).toBe("GERID");
    expect(page?.people.map((p) => p.id)).toContain(world.requester.id);

    const nothingChosen = await onBehalfFormPage(world.admin, { organizationId: "", slug: "" });
    expect(nothingChosen?.item).toBeNull();
    expect(nothingChosen?.people).toEqual([]);
  });

  it("refuse the on-behalf choices to a requester, with a log line", async () => {
    const before = await refusals(world.requester.id, "request.on-behalf");
    const page = await onBehalfFormPage(world.requester, { organizationId: "", slug: "gerid" });
    expect(page).toBeNull();
    expect(await refusals(world.requester.id, "request.on-behalf")).toBe(before + 1);
  });
});
