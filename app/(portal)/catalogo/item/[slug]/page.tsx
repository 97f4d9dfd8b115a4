import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getCatalogItem, itemHref } from "@/lib/catalog/queries";
import { requesterFormPage } from "@/lib/tickets/request-pages";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { RequestForm } from "@/components/requests/request-form";

export async function generateMetadata({
  params,
}: PageProps<"/catalogo/item/[slug]">): Promise<Metadata> {
  const item = await getCatalogItem((await params).slug);
  return { title: item?.title ?? "Catálogo" };
}

/** A catalogue item: its description and its request form. */
export default async function CatalogItemPage({ params }: PageProps<"/catalogo/item/[slug]">) {
  const { slug } = await params;
  const user = await requireRole(itemHref(slug), "REQUESTER");
  const form = await requesterFormPage(user, slug);
  if (!form) notFound();
  const { item } = form;

  return (
    <div className="space-y-6">
      <Breadcrumb trail={item.trail} current={item.title} />
      <header>
        <h1 className="text-2xl font-semibold">{item.title}</h1>
        {item.subtitle ? <p className="text-slate-700">{item.subtitle}</p> : null}
      </header>
      {item.description ? (
        <p className="max-w-3xl whitespace-pre-wrap text-slate-800">{item.description}</p>
      ) : null}
      <RequestForm
        item={{ id: item.id, fields: item.fields }}
        me={form.me}
        colleagues={form.colleagues}
        attachments={form.attachments}
      />
    </div>
  );
}
