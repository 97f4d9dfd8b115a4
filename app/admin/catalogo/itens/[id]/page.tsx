import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { shown } from "@/lib/admin/shown";
import { catalogueTree, groupChoices, itemForEditor } from "@/lib/catalog/admin-queries";
import { toFieldFormValues } from "@/lib/catalog/field-schema";
import type { ItemFormValues } from "@/lib/catalog/item-schema";
import { itemHref } from "@/lib/catalog/queries";
import { getPortalSettings } from "@/lib/portal-settings";
import { attachmentRules } from "@/lib/attachments/file-kinds";
import { requestFormPeople } from "@/lib/tickets/people";
import { ItemEditor } from "@/components/admin/item-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Item do catálogo" };

/** "novo" (with ?categoria=) creates an item; any other id edits that item and its form. */
export default async function AdminItemPage({
  params,
  searchParams,
}: PageProps<"/admin/catalogo/itens/[id]">) {
  const { id } = await params;
  const { categoria, salvo } = await searchParams;
  const user = await requireRole(`/admin/catalogo/itens/${id}`, "ADMIN");
  const item = id === "novo" ? null : shown(await itemForEditor(user, id));
  if (id !== "novo" && !item) notFound();
  const [tree, groups, people, settings] = await Promise.all([
    catalogueTree(user).then(shown),
    groupChoices(user, item?.groupId).then(shown),
    requestFormPeople(user),
    getPortalSettings(),
  ]);
  const values: ItemFormValues = item
    ? {
        title: item.title,
        subtitle: item.subtitle ?? "",
        description: item.description ?? "",
        categoryId: item.categoryId,
        groupId: item.groupId,
        slaFirstResponseMinutes: item.slaFirstResponseMinutes?.toString() ?? "",
        slaResolutionMinutes: item.slaResolutionMinutes?.toString() ?? "",
        active: item.active,
        fields: item.fields.map(toFieldFormValues),
      }
    : {
        title: "",
        subtitle: "",
        description: "",
        categoryId: typeof categoria === "string" ? categoria : "",
        groupId: "",
        slaFirstResponseMinutes: "",
        slaResolutionMinutes: "",
        active: true,
        fields: [],
      };
  const heading = item ? `Editar item: ${item.title}` : "Novo item";

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { name: "Administração", href: "/admin" },
          { name: "Catálogo", href: "/admin/catalogo" },
        ]}
        current={item?.title ?? "Novo item"}
      />
      <h1 className="text-2xl font-semibold">{heading}</h1>
      {item ? (
        <p className="text-sm">
          Endereço para os solicitantes:{" "}
          <Link href={itemHref(item.slug)} className="text-brand-700 underline">
            {itemHref(item.slug)}
          </Link>
          {item.active ? "" : " (inativo: não aparece no catálogo)"}
        </p>
      ) : null}
      <ItemEditor
        key={item?.id ?? "novo"}
        item={{ id: item?.id, version: item?.updatedAt.toISOString(), values }}
        justSaved={salvo === "1"}
        categories={tree.map((c) => [c.id, c.active ? c.path : `${c.path} (inativa)`])}
        groups={groups.map((g) => [g.id, g.name])}
        preview={{ ...people, attachments: attachmentRules(settings) }}
      />
    </div>
  );
}
