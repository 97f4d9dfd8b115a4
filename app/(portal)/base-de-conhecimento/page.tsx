import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { knowledgeHome } from "@/lib/knowledge/reading";
import { SearchForm } from "@/components/catalog/search-form";
import { ArticleList } from "@/components/knowledge/article-list";
import { CategoryTree } from "@/components/knowledge/category-tree";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Base de Conhecimento" };

/** The knowledge base's home, for everyone (signed out too): what the reader may read. */
export default async function KnowledgeHomePage() {
  const home = await knowledgeHome(await getCurrentUser());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Base de Conhecimento</h1>
      <SearchForm />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="md:col-span-1">
          <Panel title="Categorias">
            {home.categories.length > 0 ? (
              <CategoryTree categories={home.categories} />
            ) : (
              <p className="text-sm text-slate-600">Nenhum artigo publicado ainda.</p>
            )}
          </Panel>
        </div>
        <div className="space-y-6 md:col-span-2">
          <Panel title="Mais acessados">
            <ArticleList articles={home.mostViewed} empty="Nenhum artigo ainda." />
          </Panel>
          <Panel title="Mais úteis">
            <ArticleList articles={home.mostHelpful} empty="Nenhum artigo avaliado ainda." />
          </Panel>
          <Panel title="Novos">
            <ArticleList articles={home.newest} empty="Nenhum artigo ainda." />
          </Panel>
        </div>
      </div>
    </div>
  );
}
