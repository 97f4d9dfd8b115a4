import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/clock";
import {
  listSecurityEvents,
  securityKindLabel,
  securityListFields,
} from "@/lib/admin/security-log";
import { BAD_ADDRESS, parseListAddress } from "@/lib/lists/address";
import { recordSecurityEvent } from "@/lib/security/events";
import { demoWorld, type World } from "../factories";
import { valueOf } from "./value-of";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
  const at = (iso: string) => fixedClock(new Date(iso));
  await recordSecurityEvent(
    { kind: "login.throttled", subject: "***.982.247-**", address: "203.0.113.9" },
    at("2026-03-10T12:00:00Z"),
  );
  await recordSecurityEvent(
    { kind: "origin.refused", subject: "/admin/usuarios", address: "198.51.100.7" },
    at("2026-03-11T12:00:00Z"),
  );
  for (let minute = 0; minute < 3; minute++) {
    await recordSecurityEvent(
      { kind: "permission.refused", actorId: world.requester.id, subject: "user.list" },
      at(`2026-03-12T12:0${minute}:00Z`),
    );
  }
});

describe("the security log as the admin reads it", () => {
  it("lists events newest first, with who, what and from where", async () => {
    const { rows, total } = await valueOf(listSecurityEvents(world.admin, { pagina: 1 }));
    expect(total).toBe(5);
    expect(rows.map((r) => r.kind)).toEqual([
      "permission.refused",
      "permission.refused",
      "permission.refused",
      "origin.refused",
      "login.throttled",
    ]);
    expect(rows[0]).toMatchObject({ subject: "user.list", actor: { name: "Requerente Demo" } });
    expect(rows[4]).toMatchObject({ actor: null, address: "203.0.113.9" });
  });

  it("filters by kind and by local day, and pages", async () => {
    const filter = (params: Record<string, string>) =>
      parseListAddress(securityListFields, params).params;
    const origin = await valueOf(
      listSecurityEvents(world.admin, filter({ evento: "origin.refused" })),
    );
    expect(origin.rows.map((r) => r.subject)).toEqual(["/admin/usuarios"]);
    const day = await valueOf(
      listSecurityEvents(world.admin, filter({ de: "2026-03-10", ate: "2026-03-10" })),
    );
    expect(day.rows.map((r) => r.kind)).toEqual(["login.throttled"]);
    const second = await valueOf(listSecurityEvents(world.admin, filter({ pagina: "2" }), 2));
    expect(second).toMatchObject({ total: 5, pages: 3 });
    expect(second.rows.map((r) => r.createdAt.toISOString())).toEqual([
      "2026-03-12T12:00:00.000Z",
      "2026-03-11T12:00:00.000Z",
    ]);
    // An unknown kind in the address filters nothing instead of failing the page, and says so.
    expect(parseListAddress(securityListFields, { evento: "drop.table", pagina: "3" })).toEqual({
      params: { pagina: 1 },
      dropped: ["evento"],
      problem: BAD_ADDRESS,
    });
  });

  it("names each kind in Portuguese", () => {
    expect(securityKindLabel("permission.refused")).toBe("Permissão negada");
    expect(securityKindLabel("login.throttled")).toBe("Login bloqueado por tentativas");
    expect(securityKindLabel("upload.refused")).toBe("Envio de arquivo recusado");
  });
});
