import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { catalogueRoots, getCatalogItem, getCategory, popularItems } from "@/lib/catalog/queries";
import { currentAnnouncement } from "@/lib/announcements";
import { searchPortal } from "@/lib/search";
import { demoWorld, openGerid, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const names = (trail: { name: string }[]) => trail.map((c) => c.name);
/** The catalogue items "Pesquisar" finds for the requester. */
const items = async (query: string) =>
  (await searchPortal(world.requester, query)).hits.filter((hit) => hit.kind === "item");

describe("catalogue for requesters", () => {
  it("finds items accent- and case-insensitively, with their categories", async () => {
    for (const query of ["gerid", "GERID", "Gerenciamento de IDENTIDADE"]) {
      expect(
        (await items(query)).map((r) => r.title),
        query,
      ).toContain("GERID");
    }
    const [cadunico] = await items("cadunico");
    expect(cadunico?.title).toBe("Portal Rede Atendimento");
    expect(cadunico?.href).toBe("/catalogo/item/portal-rede-atendimento");
    expect(cadunico?.trail).toEqual(["Todos os Catálogos", "MCID", "CADÚNICO"]);
    expect(await items("portal rede atendimento")).toHaveLength(1);
    expect(await items("inexistente")).toEqual([]);
    expect(await items("   ")).toEqual([]);
  });

  it("browses the tree and opens an item with its form, leaving inactive ones out", async () => {
    const [root] = await catalogueRoots();
    expect(root?.name).toBe("Todos os Catálogos");
    expect(root?.children.map((c) => c.name)).toEqual(["SERVIÇOS MULTICLIENTE", "MCID"]);

    const category = await getCategory("acesso-multicliente");
    expect(names(category!.trail)).toEqual([
      "Página Inicial",
      "Todos os Catálogos",
      "SERVIÇOS MULTICLIENTE",
      "ACESSO MULTICLIENTE",
    ]);
    expect(category?.items.map((i) => i.title)).toEqual(["GERID"]);

    const item = await getCatalogItem("gerid");
    expect(item?.fields.map((f) => f.label)).toEqual(["Motivo", "Módulo", "Funcionalidade"]);

    await db.catalogCategory.update({
      where: { slug: "servicos-multicliente" },
      data: { active: false },
    });
    try {
      expect(await getCatalogItem("gerid")).toBeNull(); // a category above it is off
      expect(await items("gerid")).toEqual([]);
    } finally {
      await db.catalogCategory.update({
        where: { slug: "servicos-multicliente" },
        data: { active: true },
      });
    }
  });

  it("lists the items this user and their organization used most", async () => {
    expect(await popularItems(world.requester)).toEqual([]);
    await openGerid(world, {}, world.colleague);
    expect((await popularItems(world.requester)).map((i) => i.title)).toEqual(["GERID"]);
    expect(await popularItems(world.stateRequester)).toEqual([]); // another organization
  });

  it("shows the announcement in force", async () => {
    await db.announcement.deleteMany();
    const now = new Date("2026-11-25T12:00:00Z");
    expect(await currentAnnouncement(now)).toBeNull();
    await db.announcement.createMany({
      data: [
        {
          title: "Antigo",
          body: "x",
          startsAt: new Date("2026-01-01"),
          endsAt: new Date("2026-02-01"),
        },
        { title: "Atual", body: "y", startsAt: new Date("2026-11-01") },
        { title: "Futuro", body: "z", startsAt: new Date("2026-12-01") },
      ],
    });
    expect((await currentAnnouncement(now))?.title).toBe("Atual");
  });
});
