import { beforeAll, describe, expect, it } from "vitest";
import { auditListFields, listAudit } from "@/lib/admin/audit";
import { listSecurityEvents, securityListFields } from "@/lib/admin/security-log";
import { listUsers, userListFields } from "@/lib/admin/user-queries";
import { BAD_ADDRESS, listHref, parseListAddress } from "@/lib/lists/address";
import { listOutbox, outboxListFields } from "@/lib/notifications/outbox-admin";
import { demoWorld, type World } from "../factories";
import { valueOf } from "./value-of";

// The admin lists read their address as the portal's other lists do (lib/lists/address.ts):
// Portuguese names, and a value they cannot use dropped with a message and the first page shown.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("admin list addresses", () => {
  it("users: a bad role gives the first page of everyone, with the message", async () => {
    const address = parseListAddress(userListFields, { papel: "ROOT", pagina: "3", busca: "Demo" });
    expect(address).toEqual({
      params: { busca: "Demo", pagina: 1 },
      dropped: ["papel"],
      problem: BAD_ADDRESS,
    });
    const page = await valueOf(listUsers(world.admin, address.params, 2));
    expect(page.rows).toHaveLength(2);
    expect(page.pages).toBeGreaterThan(1);
    // The same list asked for properly: page 2 of the demo's people, named in Portuguese.
    const good = parseListAddress(userListFields, { papel: "AGENT", situacao: "ativos" });
    expect(good.problem).toBeUndefined();
    expect(listHref("/admin/usuarios", { ...good.params, pagina: 2 })).toBe(
      "/admin/usuarios?papel=AGENT&situacao=ativos&pagina=2",
    );
  });

  it("e-mails, changes and security events: a bad value never fails the page", async () => {
    const outbox = parseListAddress(outboxListFields, { estado: "sent", pagina: "x" });
    expect(outbox).toMatchObject({ params: { pagina: 1 }, problem: BAD_ADDRESS });
    expect(await listOutbox(world.admin, outbox.params)).toMatchObject({ ok: true });

    const audit = parseListAddress(auditListFields, { tipo: "drop table", de: "2026-02-30" });
    expect(audit).toMatchObject({ params: { pagina: 1 }, dropped: ["tipo", "de"] });
    expect(await listAudit(world.admin, audit.params)).toMatchObject({ ok: true });

    const security = parseListAddress(securityListFields, { evento: "login.failed", ate: "ontem" });
    expect(security).toMatchObject({
      params: { evento: "login.failed", pagina: 1 },
      problem: BAD_ADDRESS,
    });
    expect(await listSecurityEvents(world.admin, security.params)).toMatchObject({ ok: true });
  });
});
