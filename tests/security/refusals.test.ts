import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorizedAction } from "@/lib/auth/action";
import { maskCpf } from "@/lib/auth/cpf";
import { recordSecurityEvent } from "@/lib/security/events";
import { demoWorld } from "../factories";

describe("the security log", () => {
  it("keeps an action refused for the person's role, with who and what, and nothing typed", async () => {
    const world = await demoWorld();
    const requester = { ...world.requester, name: "Requerente Demo" };
    const adminOnly = authorizedAction(
      {
        roles: ["ADMIN"],
        schema: z.strictObject({ secret: z.string() }),
        currentUser: async () => requester,
      },
      async () => ({ ok: true as const, value: null }),
    );

    const result = await adminOnly({ secret: "senha-que-nao-pode-vazar" });

    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    const events = await db.securityEvent.findMany({ where: { kind: "permission.refused" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: world.requester.id });
    expect(JSON.stringify(events)).not.toContain("senha-que-nao-pode-vazar");
  });

  it("cuts what it is given to size and shows a CPF only masked", async () => {
    await recordSecurityEvent({
      kind: "login.throttled",
      subject: maskCpf("52998224725"),
      detail: "x".repeat(2000),
    });
    const event = await db.securityEvent.findFirstOrThrow({ where: { kind: "login.throttled" } });
    expect(event.subject).toBe("***.982.247-**");
    expect(event.detail).toHaveLength(500);
  });
});
