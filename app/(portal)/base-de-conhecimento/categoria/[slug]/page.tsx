import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { knowledgeCategoryPage } from "@/lib/knowledge/reading";
import { ArticleList } from "@/components/knowledge/article-list";
import { CategoryTree } from "@/components/knowledge/category-tree";
import { Breadcrumb } from "@/components/ui/breadcrumb";

const categoryOf = cache(async (slug: string) =>
  knowledgeCategoryPage(await getCurrentUser(), slug),
);

export async function generateMetadata({
  params,
}: PageProps<"/base-de-conhecimento/categoria/[slug]">): Promise<Metadata> {
  const category = await categoryOf((await params).slug);
  return { title: category?.name ?? "Base de Conhecimento" };
}

/** A knowledge-base category: its subcategories and the articles the reader may read in it. */
export default async function KnowledgeCategoryPage({
  params,
}: PageProps<"/base-de-conhecimento/categoria/[slug]">) {
  const category = await categoryOf((await params).slug);
  if (!category) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumb trail={category.trail} current={category.name} />
      <header>
        <h1 className="text-2xl font-semibold">{category.name}</h1>
        {category.description ? <p className="text-slate-700">{category.description}</p> : null}
      </header>
      {category.children.length > 0 ? (
        <section aria-labelledby="subcategorias" className="space-y-2">
          <h2 id="subcategorias" className="text-lg font-semibold">
            Subcategorias
          </h2>
          <CategoryTree categories={category.children} />
        </section>
      ) : null}
      <section aria-labelledby="artigos" className="space-y-2">
        <h2 id="artigos" className="text-lg font-semibold">
          Artigos
        </h2>
        <ArticleList articles={category.articles} empty="Nenhum artigo nesta categoria." />
      </section>
    </div>
  );
}
