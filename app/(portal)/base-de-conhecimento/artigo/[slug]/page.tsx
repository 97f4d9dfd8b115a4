import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isSupport } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { itemHref } from "@/lib/catalog/queries";
import { mayAuthorArticles } from "@/lib/knowledge/access";
import { articlePage } from "@/lib/knowledge/article-page";
import { articleHref } from "@/lib/knowledge/hrefs";
import { getPortalTime } from "@/lib/time/portal-time";
import { ArticleBody } from "@/components/knowledge/article-body";
import { ArticleComments } from "@/components/knowledge/article-comments";
import { ArticleList } from "@/components/knowledge/article-list";
import { ViewCounter } from "@/components/knowledge/view-counter";
import { VoteBox } from "@/components/knowledge/vote-box";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Panel } from "@/components/ui/panel";

type Props = PageProps<"/base-de-conhecimento/artigo/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articlePage(await getCurrentUser(), (await params).slug);
  return { title: article?.title ?? "Base de Conhecimento" };
}

/**
 * An article, for everyone who may read it (signed out too); anyone else gets the same 404 as
 * for an address that names nothing.
 */
export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  const article = await articlePage(user, slug);
  if (!article) notFound();
  const time = await getPortalTime();
  const loginHref = user
    ? undefined
    : `/login?callbackUrl=${encodeURIComponent(articleHref(slug))}`;
  // Support opens requests from the agent desk, not from the requesters' catalogue.
  const items = user && isSupport(user) ? [] : article.items;

  return (
    <div className="space-y-6">
      <ViewCounter articleId={article.id} />
      <Breadcrumb trail={article.trail} current={article.title} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <article className="min-w-0 space-y-4">
          <header>
            <h1 className="text-2xl font-semibold">{article.title}</h1>
            {article.summary ? <p className="mt-1 text-slate-700">{article.summary}</p> : null}
          </header>
          <ArticleBody html={article.bodyHtml} />
          <p className="text-sm text-slate-600">
            Última atualização:{" "}
            <time dateTime={article.updatedAt.toISOString()}>
              {time.dateTime(article.updatedAt)}
            </time>
          </p>
        </article>
        <aside className="space-y-4">
          {items.length > 0 ? (
            <Panel title="Serviços relacionados">
              <ul className="space-y-2">
                {items.map((item) => (
                  <li key={item.id} className="flex items-center justify-between gap-2">
                    <span>{item.title}</span>
                    <Link
                      href={itemHref(item.slug)}
                      aria-label={`Abrir solicitação: ${item.title}`}
                      className="shrink-0 text-sm font-medium text-brand-700 underline"
                    >
                      Abrir solicitação
                    </Link>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}
          <Panel title="Artigos relacionados">
            <ArticleList articles={article.related} empty="Nenhum artigo relacionado." />
          </Panel>
        </aside>
      </div>
      <VoteBox articleId={article.id} votes={article.votes} loginHref={loginHref} />
      <ArticleComments
        articleId={article.id}
        comments={article.comments}
        loginHref={loginHref}
        canHide={mayAuthorArticles(user)}
      />
    </div>
  );
}
