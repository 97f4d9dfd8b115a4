import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { onBehalfFormPage } from "@/lib/tickets/request-pages";
import { RequestForm } from "@/components/requests/request-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SUPPORT_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Abrir chamado em nome do cliente" };

/**
 * "Abrir chamado em nome do cliente" (seed 004): support picks the organization and the service,
 * then fills the request form for one of that organization's requesters. The ticket is theirs
 * (they see it and get its e-mails); the history says who opened it.
 */
export default async function OnBehalfPage({
  searchParams,
}: PageProps<"/agente/nova-solicitacao">) {
  const user = await requireRole("/agente/nova-solicitacao", ...SUPPORT_ROLES);
  const { organizacao, servico } = await searchParams;
  const organizationId = typeof organizacao === "string" ? organizacao : "";
  const slug = typeof servico === "string" ? servico : "";
  const page = await onBehalfFormPage(user, { organizationId, slug });
  if (!page) forbidden();
  const { organizations, items, item, people } = page;
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2";

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[{ name: "Filas", href: "/agente" }]}
        current="Abrir chamado em nome do cliente"
      />
      <h1 className="text-2xl font-semibold">Abrir chamado em nome do cliente</h1>
      <form
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Organização
          <select name="organizacao" defaultValue={organizationId} required className={field}>
            <option value="">Selecione</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Serviço
          <select name="servico" defaultValue={slug} required className={field}>
            <option value="">Selecione</option>
            {items.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Continuar
        </button>
      </form>

      {item && organizationId ? (
        people.length === 0 ? (
          <p className="text-slate-700">Esta organização não tem usuários ativos.</p>
        ) : (
          <section aria-labelledby="formulario" className="space-y-3">
            <h2 id="formulario" className="text-lg font-semibold">
              {item.title}
            </h2>
            <RequestForm
              key={`${organizationId}-${item.id}`}
              item={{ id: item.id, fields: item.fields }}
              colleagues={people}
              attachments={page.attachments}
            />
          </section>
        )
      ) : null}
    </div>
  );
}
