import Link from "next/link";
import { articleHref } from "@/lib/knowledge/hrefs";

type ArticleCard = { id: string; slug: string; title: string; summary: string };

/** Articles as links with their summaries: the home's lists, a category, "Artigos relacionados". */
export function ArticleList({ articles, empty }: { articles: ArticleCard[]; empty: string }) {
  if (articles.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {articles.map((article) => (
        <li key={article.id} className="py-2">
          <Link href={articleHref(article.slug)} className="font-medium text-brand-700 underline">
            {article.title}
          </Link>
          {article.summary ? (
            <p className="mt-0.5 text-sm text-slate-600">{article.summary}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
