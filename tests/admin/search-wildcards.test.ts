import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/admin/user-queries";
import { demoWorld } from "../factories";
import { valueOf } from "./value-of";

describe("searching users for % and _", () => {
  it("finds the literal characters, never treats them as wildcards", async () => {
    const world = await demoWorld();
    await db.user.createMany({
      data: [
        { cpf: "11122233396", name: "Ana 100% Presente", email: "ana_maria@prefeitura.example" },
        { cpf: "22233344405", name: "Bia Cem Presente", email: "anaxmaria@prefeitura.example" },
      ],
    });
    const names = async (q: string) =>
      (await valueOf(listUsers(world.admin, { busca: q, pagina: 1 }))).rows.map((u) => u.name);

    expect(await names("ana_maria")).toEqual(["Ana 100% Presente"]);
    expect(await names("%")).toEqual(["Ana 100% Presente"]);
    expect(await names("_")).toEqual(["Ana 100% Presente"]);
  });
});
