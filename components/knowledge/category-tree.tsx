import Link from "next/link";
import { knowledgeCategoryHref } from "@/lib/knowledge/hrefs";

type Node = { id: string; name: string; slug: string; articleCount: number; children: Node[] };

/** Categories and their subcategories, each with the number of articles the reader may read. */
export function CategoryTree({ categories }: { categories: Node[] }) {
  if (categories.length === 0) return null;
  return (
    <ul className="space-y-1">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={knowledgeCategoryHref(category.slug)}
            className="font-medium text-brand-700 underline"
          >
            {category.name}
          </Link>{" "}
          <span className="text-sm text-slate-600">
            ({category.articleCount} {category.articleCount === 1 ? "artigo" : "artigos"})
          </span>
          {category.children.length > 0 ? (
            <div className="mt-1 ml-5">
              <CategoryTree categories={category.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
