import { describe, expect, it } from "vitest";
import { z } from "zod";
import { authorizedAction, SESSION_EXPIRED } from "@/lib/auth/action";
import type { CurrentUser } from "@/lib/auth/session";

const agent: CurrentUser = {
  id: "u1",
  name: "Ana",
  role: "AGENT",
  organizationId: null,
  groupIds: ["g1"],
  managedOrganizationIds: [],
};

function action(user: CurrentUser | null, calls: unknown[]) {
  return authorizedAction(
    {
      roles: ["ADMIN"],
      schema: z.object({ name: z.string().min(2, "Nome curto.") }),
      currentUser: async () => user,
    },
    async (_user, input) => {
      calls.push(input);
      return { ok: true as const, value: input.name };
    },
  );
}

describe("authorizedAction", () => {
  it("refuses a call without a session before looking at the input", async () => {
    const calls: unknown[] = [];
    expect(await action(null, calls)({ name: "x" })).toEqual({
      ok: false,
      error: "forbidden",
      message: SESSION_EXPIRED,
    });
    expect(calls).toEqual([]);
  });

  it("refuses the wrong role", async () => {
    const calls: unknown[] = [];
    expect(await action(agent, calls)({ name: "Grupo" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(calls).toEqual([]);
  });

  it("validates the input, then runs the handler", async () => {
    const calls: unknown[] = [];
    const admin = { ...agent, role: "ADMIN" as const };
    expect(await action(admin, calls)({ name: "x" })).toMatchObject({
      error: "invalid",
      fieldErrors: { name: "Nome curto." },
    });
    expect(await action(admin, calls)({ name: "Grupo" })).toEqual({ ok: true, value: "Grupo" });
    expect(calls).toEqual([{ name: "Grupo" }]);
  });
});
