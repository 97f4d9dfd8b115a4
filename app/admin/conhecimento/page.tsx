import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { shown } from "@/lib/admin/shown";
import {
  deflectionCountsByArticle,
  deflectionCountsByItem,
} from "@/lib/knowledge/deflection-counts";
import { DeflectionTable } from "@/components/admin/deflection-table";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Base de Conhecimento — resultados" };

/**
 * What the knowledge base did for the request forms: per article and per catalogue item, how
 * often an article was suggested, opened, and how many requests it avoided (the requester
 * answered "Isso resolveu meu problema" and opened no ticket).
 */
export default async function KnowledgeResultsPage() {
  const user = await requireRole("/admin/conhecimento", "ADMIN");
  const [articles, items] = await Promise.all([
    deflectionCountsByArticle(user),
    deflectionCountsByItem(user),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[{ name: "Administração", href: "/admin" }]}
        current="Base de Conhecimento — resultados"
      />
      <h1 className="text-2xl font-semibold">Base de Conhecimento — resultados</h1>
      <p className="max-w-3xl text-slate-700">
        Enquanto o usuário descreve a solicitação, o formulário sugere artigos. Uma solicitação
        evitada é um artigo aberto ao lado do formulário que o usuário marcou com “Isso resolveu meu
        problema”: nenhum chamado foi aberto.
      </p>
      <DeflectionTable id="por-artigo" title="Por artigo" subject="Artigo" rows={shown(articles)} />
      <DeflectionTable
        id="por-item"
        title="Por item do catálogo"
        subject="Item do catálogo"
        rows={shown(items)}
      />
    </div>
  );
}
