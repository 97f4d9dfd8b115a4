import { describe, expect, it } from "vitest";
import { demoArticles } from "@/prisma/demo-knowledge";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { isDatabaseEmpty, seedDemoData } from "@/prisma/seed";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/demo-data";

async function snapshot() {
  // updatedAt is left out: upserting a row with the same values still touches it.
  const [organizations, users, groups, members, categories, items, fields] = await Promise.all([
    db.organization.findMany({ orderBy: { name: "asc" }, omit: { updatedAt: true } }),
    db.user.findMany({ orderBy: { cpf: "asc" }, omit: { updatedAt: true } }),
    db.supportGroup.findMany({ orderBy: { name: "asc" }, omit: { updatedAt: true } }),
    db.groupMember.findMany({ orderBy: [{ groupId: "asc" }, { userId: "asc" }] }),
    db.catalogCategory.findMany({ orderBy: { slug: "asc" }, omit: { updatedAt: true } }),
    db.catalogItem.findMany({ orderBy: { slug: "asc" }, omit: { updatedAt: true } }),
    db.catalogField.findMany({ orderBy: [{ itemId: "asc" }, { position: "asc" }] }),
  ]);
  return { organizations, users, groups, members, categories, items, fields };
}

describe("demo seed", () => {
  it("creates the demo accounts, groups and catalogue of product.md", async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemoData(db);
    expect(await isDatabaseEmpty(db)).toBe(false);

    const users = await db.user.findMany({
      include: { organization: true, groups: { include: { group: true } } },
    });
    expect(users.map((u) => u.cpf).sort()).toEqual(demoUsers.map((u) => u.cpf).sort());
    const analyst = users.find((u) => u.name === "Analista Demo")!;
    expect(analyst.role).toBe("AGENT");
    expect(analyst.groups.map((g) => g.group.name)).toEqual(["Atendimento N1"]);
    const requester = users.find((u) => u.cpf === "52998224725")!;
    expect(requester.organization?.name).toBe("Prefeitura Municipal de Demonstração");
    expect(await verifyPassword(requester.passwordHash!, DEMO_PASSWORD)).toBe(true);

    const gerid = await db.catalogItem.findUniqueOrThrow({
      where: { slug: "gerid" },
      include: {
        fields: { orderBy: { position: "asc" } },
        group: true,
        category: { include: { parent: true } },
      },
    });
    expect(gerid.subtitle).toBe("GERID - Gerenciamento de Identidade");
    expect(gerid.group.name).toBe("Atendimento N1");
    expect(gerid.category.name).toBe("ACESSO MULTICLIENTE");
    expect(gerid.category.parent?.name).toBe("SERVIÇOS MULTICLIENTE");
    expect(gerid.fields.map((f) => [f.label, f.type, f.required])).toEqual([
      ["Motivo", "SELECT", true],
      ["Módulo", "FIXED", false],
      ["Funcionalidade", "SELECT", true],
    ]);
    expect(gerid.fields[0]?.options).toEqual(["Dúvida", "Problema", "Solicitação"]);
    expect(gerid.fields[1]?.fixedValue).toBe("Gestão de usuários");
  });

  it("writes a living knowledge base: public, signed-in, internal and draft articles, with votes and a comment", async () => {
    const articles = await db.article.findMany({
      include: { revisions: true, items: true, votes: true, comments: true },
    });
    expect(articles).toHaveLength(demoArticles.length);
    expect(new Set(articles.map((a) => a.audience))).toEqual(
      new Set(["PUBLIC", "SIGNED_IN", "SUPPORT"]),
    );
    expect(articles.filter((a) => a.state === "DRAFT").map((a) => a.slug)).toEqual([
      "integracao-com-o-sistema-antigo",
    ]);
    for (const article of articles) {
      expect(article.revisions.map((r) => r.number)).toEqual([1]);
      expect(article.voteCount).toBe(article.votes.length);
      expect(article.helpfulCount).toBe(article.votes.filter((v) => v.helpful).length);
    }
    const gerid = articles.find((a) => a.slug === "como-acessar-o-gerid")!;
    expect(gerid.items).toHaveLength(1);
    expect(gerid.comments).toHaveLength(1);
    expect(gerid.body).toContain("## Solução");
  });

  it("is idempotent: a second run changes nothing, and keeps a password someone changed", async () => {
    await seedDemoData(db);
    await db.user.update({ where: { cpf: "52998224725" }, data: { passwordHash: "changed" } });
    const before = await snapshot();
    await seedDemoData(db);
    expect(await snapshot()).toEqual(before);
  });
});
