import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveCategory, saveItem } from "@/lib/catalog/admin";
import { moveInCatalogue } from "@/lib/catalog/admin-order";
import { catalogueTree } from "@/lib/catalog/admin-queries";
import { emptyField, type FieldFormValues } from "@/lib/catalog/field-schema";
import {
  categoryInput,
  itemInput,
  moveInput,
  type ItemFormValues,
} from "@/lib/catalog/item-schema";
import { catalogueRoots, getCatalogItem } from "@/lib/catalog/queries";
import { searchPortal } from "@/lib/search";
import { getTicketDetail } from "@/lib/tickets/ticket-detail";
import { openTicket } from "@/lib/tickets/open-ticket";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "../admin/as-action";
import { valueOf } from "../admin/value-of";

// The admin's catalogue services against a real database: the form builder's validation, the
// tree, the order, the audit log, and old tickets surviving form edits. Each is called through
// its action's schema, as the admin's editor calls it.
const category = asSave(categoryInput, saveCategory);
const saveItemAs = asSave(itemInput, saveItem);
const move = asAction(moveInput, moveInCatalogue);

let world: World;
let rootId: string;
beforeAll(async () => {
  world = await demoWorld();
  const root = await category(world.admin, { name: "Tributos Municipais" });
  if (!root.ok) throw new Error(JSON.stringify(root));
  rootId = root.value.id;
});

const field = (values: Partial<FieldFormValues>): FieldFormValues => ({
  ...emptyField(),
  ...values,
});

const itemValues = (values: Partial<ItemFormValues> = {}): ItemFormValues => ({
  title: "Certidão Negativa de Débitos",
  subtitle: "Emissão para o contribuinte",
  description: "",
  categoryId: rootId,
  groupId: world.n1.id,
  slaFirstResponseMinutes: "",
  slaResolutionMinutes: "",
  active: true,
  fields: [
    field({ label: "Inscrição municipal", key: "inscricao", type: "TEXT", required: true }),
    field({
      label: "Finalidade",
      key: "finalidade",
      type: "SELECT",
      optionsText: "Licitação\nFinanciamento",
      required: true,
    }),
    field({ label: "Sistema", key: "sistema", type: "FIXED", fixedValue: "SIAFI" }),
  ],
  ...values,
});

/** The catalogue items "Pesquisar" finds for the requester. */
const searchItems = async (query: string) =>
  (await searchPortal(world.requester, query)).hits.filter((hit) => hit.kind === "item");

async function createItem(values: Partial<ItemFormValues> = {}) {
  const result = await saveItemAs(world.admin, itemValues(values));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.catalogItem.findUniqueOrThrow({ where: { id: result.value.id } });
}

describe("form builder validation", () => {
  it("refuses a key used twice, naming the second field", async () => {
    const result = await saveItemAs(
      world.admin,
      itemValues({
        fields: [
          field({ label: "CPF", key: "documento" }),
          field({ label: "CNPJ", key: "documento" }),
        ],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { "fields.1.key": "Chave repetida: outro campo deste formulário já a usa." },
    });
    expect(Object.keys(result.ok ? {} : "fieldErrors" in result ? result.fieldErrors : {})).toEqual(
      ["fields.1.key"],
    );
  });

  it("refuses a list without options, and repeated options", async () => {
    const result = await saveItemAs(
      world.admin,
      itemValues({
        fields: [
          field({ label: "Tipo", key: "tipo", type: "SELECT", optionsText: " \n \n" }),
          field({ label: "Áreas", key: "areas", type: "MULTISELECT", optionsText: "Saúde\nSaúde" }),
        ],
      }),
    );
    expect(result).toMatchObject({
      fieldErrors: {
        "fields.0.optionsText": "Informe ao menos uma opção.",
        "fields.1.optionsText": "Opção repetida: Saúde.",
      },
    });
  });

  it("refuses a fixed-value field without its value", async () => {
    expect(
      await saveItemAs(
        world.admin,
        itemValues({ fields: [field({ label: "Módulo", key: "modulo", type: "FIXED" })] }),
      ),
    ).toMatchObject({ fieldErrors: { "fields.0.fixedValue": "Informe o valor fixo." } });
  });

  it("refuses bad keys, missing labels, unknown types and impossible SLA targets", async () => {
    const result = await saveItemAs(world.admin, {
      ...itemValues({
        slaFirstResponseMinutes: "600",
        slaResolutionMinutes: "60",
        fields: [
          field({ label: "", key: "1 chave" }),
          { ...field({ key: "x" }), type: "DATE" as "TEXT" },
        ],
      }),
    });
    expect(result).toMatchObject({
      fieldErrors: {
        "fields.0.label": "Informe o rótulo.",
        "fields.0.key": expect.stringContaining("letras minúsculas"),
        "fields.1.type": "Escolha o tipo do campo.",
      },
    });
    expect(
      await saveItemAs(
        world.admin,
        itemValues({ slaFirstResponseMinutes: "600", slaResolutionMinutes: "60" }),
      ),
    ).toMatchObject({
      fieldErrors: {
        slaResolutionMinutes: "O prazo de solução não pode ser menor que o de primeira resposta.",
      },
    });
    expect(
      await saveItemAs(world.admin, itemValues({ slaFirstResponseMinutes: "1,5" })),
    ).toMatchObject({
      fieldErrors: { slaFirstResponseMinutes: expect.stringContaining("inteiro") },
    });
  });

  it("writes nothing when refused, and refuses everyone but admins", async () => {
    const before = await db.catalogItem.count();
    await saveItemAs(
      world.admin,
      itemValues({ fields: [field({ label: "A", key: "a", type: "SELECT" })] }),
    );
    for (const actor of [world.agent, world.requester]) {
      expect(await saveItemAs(actor, itemValues())).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      expect(await category(actor, { name: "Invasão" })).toMatchObject({ error: "forbidden" });
      expect(await move(actor, { kind: "category", id: rootId, direction: "up" })).toMatchObject({
        error: "forbidden",
      });
    }
    expect(await db.catalogItem.count()).toBe(before);
  });

  it("refuses a category or group that does not exist", async () => {
    expect(
      await saveItemAs(world.admin, itemValues({ categoryId: "nao-existe", groupId: "nem-este" })),
    ).toMatchObject({ fieldErrors: { categoryId: "Categoria não encontrada." } });
    expect(await saveItemAs(world.admin, itemValues({ groupId: "nem-este" }))).toMatchObject({
      fieldErrors: { groupId: "Grupo não encontrado." },
    });
  });
});

describe("items and their forms", () => {
  it("creates an item a requester can open, with a slug and the fields in order", async () => {
    const item = await createItem({ title: "Alvará de Funcionamento" });
    expect(item.slug).toBe("alvara-de-funcionamento");
    const page = await getCatalogItem(item.slug);
    expect(page?.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ["inscricao", "TEXT", true],
      ["finalidade", "SELECT", true],
      ["sistema", "FIXED", false],
    ]);
    expect(page?.trail.map((c) => c.name)).toEqual(["Página Inicial", "Tributos Municipais"]);
    // Same title again: a new slug, so existing links keep pointing where they did.
    expect((await createItem({ title: "Alvará de Funcionamento" })).slug).toBe(
      "alvara-de-funcionamento-2",
    );
  });

  it("never changes tickets already opened when the form changes", async () => {
    const item = await createItem({ title: "Certidão de Tributos" });
    const opened = await openTicket(world.requester, {
      itemId: item.id,
      answers: { inscricao: "12345", finalidade: "Licitação" },
      description: "Preciso da certidão.",
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));

    const edited = await saveItemAs(
      world.admin,
      itemValues({
        title: "Certidão de Tributos",
        fields: [
          field({ label: "Número da inscrição", key: "inscricao", type: "TEXT", required: true }),
          field({ label: "Responsável", key: "responsavel", type: "USER", required: true }),
        ],
      }),
      { id: item.id, version: item.updatedAt.toISOString() },
    );
    expect(edited.ok).toBe(true);

    const old = await getTicketDetail(world.requester, opened.value.id);
    expect(old.ok && old.value.answers).toEqual([
      { key: "inscricao", label: "Inscrição municipal", type: "TEXT", value: "12345" },
      { key: "finalidade", label: "Finalidade", type: "SELECT", value: "Licitação" },
      { key: "sistema", label: "Sistema", type: "FIXED", value: "SIAFI" },
    ]);

    // The new form: the old answers are refused, a user picker's answer is kept as the name.
    expect(
      await openTicket(world.requester, {
        itemId: item.id,
        answers: { inscricao: "1", finalidade: "Licitação" },
        description: "De novo.",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { "answers.finalidade": "Campo desconhecido." } });
    const second = await openTicket(world.requester, {
      itemId: item.id,
      answers: { inscricao: "678", responsavel: world.colleague.id },
      description: "De novo.",
    });
    if (!second.ok) throw new Error(JSON.stringify(second));
    const colleague = await db.user.findUniqueOrThrow({ where: { id: world.colleague.id } });
    const detail = await getTicketDetail(world.requester, second.value.id);
    expect(detail.ok && detail.value.answers).toEqual([
      { key: "inscricao", label: "Número da inscrição", type: "TEXT", value: "678" },
      { key: "responsavel", label: "Responsável", type: "USER", value: colleague.name },
    ]);
  });

  it("refuses to overwrite another admin's save made from the same version", async () => {
    const item = await createItem({ title: "Parcelamento de Dívida" });
    const version = item.updatedAt.toISOString();
    // A refused save leaves the version alone: the admin fixes the form and saves again.
    expect(
      await saveItemAs(
        world.admin,
        itemValues({ title: "Parcelamento de Dívida", groupId: "nem-este" }),
        { id: item.id, version },
      ),
    ).toMatchObject({ fieldErrors: { groupId: "Grupo não encontrado." } });
    const first = await saveItemAs(
      world.admin,
      itemValues({ title: "Parcelamento de Dívida Ativa" }),
      { id: item.id, version },
    );
    expect(first.ok).toBe(true);
    const second = await saveItemAs(world.admin, itemValues({ title: "Parcelamento" }), {
      id: item.id,
      version,
    });
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect((await db.catalogItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(
      "Parcelamento de Dívida Ativa",
    );
  });

  it("hides a deactivated item from requesters and refuses new tickets for it", async () => {
    const item = await createItem({ title: "Isenção de IPTU" });
    const saved = await saveItemAs(
      world.admin,
      itemValues({ title: "Isenção de IPTU", active: false }),
      { id: item.id },
    );
    expect(saved.ok).toBe(true);
    expect(await getCatalogItem(item.slug)).toBeNull();
    expect(await searchPortal(world.requester, "isencao iptu")).toEqual({ hits: [], total: 0 });
    expect(
      await openTicket(world.requester, {
        itemId: item.id,
        answers: { inscricao: "1", finalidade: "Licitação" },
        description: "Quero.",
      }),
    ).toMatchObject({ ok: false, error: "invalid" });
  });
});

describe("categories", () => {
  it("builds a tree, refuses cycles and re-indexes search when a category is renamed", async () => {
    const child = await category(world.admin, { name: "ISS", parentId: rootId });
    if (!child.ok) throw new Error(JSON.stringify(child));
    const grandchild = await category(world.admin, {
      name: "Nota Fiscal",
      parentId: child.value.id,
    });
    if (!grandchild.ok) throw new Error(JSON.stringify(grandchild));
    await createItem({ title: "Cancelamento de NFS-e", categoryId: grandchild.value.id });

    expect(
      await category(
        world.admin,
        { name: "Tributos Municipais", parentId: grandchild.value.id },
        { id: rootId },
      ),
    ).toMatchObject({
      fieldErrors: { parentId: "Uma categoria não pode ficar dentro dela mesma." },
    });
    expect(await category(world.admin, { name: "ISS", parentId: rootId })).toMatchObject({
      fieldErrors: { name: "Já existe uma categoria com este nome neste lugar." },
    });

    expect(await searchItems("imposto servicos")).toEqual([]);
    await category(
      world.admin,
      { name: "Imposto Sobre Serviços", parentId: rootId },
      { id: child.value.id },
    );
    const found = await searchItems("imposto servicos");
    expect(found.map((r) => r.title)).toEqual(["Cancelamento de NFS-e"]);
    expect(found[0]?.trail).toEqual([
      "Tributos Municipais",
      "Imposto Sobre Serviços",
      "Nota Fiscal",
    ]);

    const tree = await valueOf(catalogueTree(world.admin));
    expect(tree.find((c) => c.id === grandchild.value.id)).toMatchObject({
      depth: 2,
      path: "Tributos Municipais › Imposto Sobre Serviços › Nota Fiscal",
    });
  });

  it("reorders siblings with Subir/Descer and hides a deactivated branch", async () => {
    const names = ["Saúde", "Educação", "Assistência Social"];
    const ids: string[] = [];
    for (const name of names) {
      const saved = await category(world.admin, { name, parentId: rootId });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      ids.push(saved.value.id);
    }
    const order = async () =>
      (
        await db.catalogCategory.findMany({
          where: { id: { in: ids } },
          orderBy: { position: "asc" },
        })
      ).map((c) => c.name);
    expect(await order()).toEqual(names);
    expect(await move(world.admin, { kind: "category", id: ids[2]!, direction: "up" })).toEqual({
      ok: true,
      value: { moved: true },
    });
    expect(await order()).toEqual(["Saúde", "Assistência Social", "Educação"]);
    expect(await move(world.admin, { kind: "category", id: ids[1]!, direction: "down" })).toEqual({
      ok: true,
      value: { moved: false },
    });

    await category(world.admin, { name: "Tributos Municipais", active: false }, { id: rootId });
    const roots = await catalogueRoots();
    expect(roots.map((r) => r.name)).not.toContain("Tributos Municipais");
    expect(await searchItems("alvara")).toEqual([]);
    // Out of the index itself, not only left out of the page: the count says so too.
    expect((await searchPortal(world.requester, "alvara")).total).toBe(0);
    await category(world.admin, { name: "Tributos Municipais", active: true }, { id: rootId });
    expect((await searchItems("alvara")).length).toBeGreaterThan(0);
  });
});

describe("audit log", () => {
  it("records who changed which category or item, with the form before and after", async () => {
    const item = await createItem({ title: "Revisão de Lançamento" });
    await saveItemAs(
      world.admin,
      itemValues({
        title: "Revisão de Lançamento",
        fields: [field({ label: "Ano", key: "ano", type: "TEXT" })],
      }),
      { id: item.id },
    );
    await move(world.admin, { kind: "item", id: item.id, direction: "up" });

    const entries = await db.auditLog.findMany({
      where: { entityId: item.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.action, e.entityType, e.actorId])).toEqual([
      ["item.create", "item", world.admin.id],
      ["item.update", "item", world.admin.id],
      ["item.move", "item", world.admin.id],
    ]);
    const update = entries[1]!;
    const labels = (snapshot: unknown) =>
      (snapshot as { fields: { label: string }[] }).fields.map((f) => f.label);
    expect(labels(update.before)).toEqual(["Inscrição municipal", "Finalidade", "Sistema"]);
    expect(labels(update.after)).toEqual(["Ano"]);
    expect(entries[0]!.before).toBeNull();

    const categoryEntries = await db.auditLog.findMany({ where: { entityId: rootId } });
    expect(categoryEntries[0]).toMatchObject({
      action: "category.create",
      after: { name: "Tributos Municipais", parentId: null },
    });
  });

  it("logs nothing for a refused change", async () => {
    const count = await db.auditLog.count();
    await saveItemAs(world.admin, itemValues({ title: "" }));
    await category(world.admin, { name: "" });
    await saveItemAs(world.requester, itemValues());
    expect(await db.auditLog.count()).toBe(count);
  });
});
