import Link from "next/link";
import type { SearchHit } from "@/lib/search";

const KIND_LABELS: Record<SearchHit["kind"], string> = { item: "Serviço", article: "Artigo" };

/**
 * One result of "Pesquisar": its type, where it sits (an item's categories), its title as the
 * link and the snippet with the words found in <mark>. The snippet arrives as text segments,
 * rendered as text: nothing stored in an article becomes markup here.
 */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span className="rounded-full bg-slate-100 px-2 py-0.5 font-semibold text-slate-800">
          {KIND_LABELS[hit.kind]}
        </span>
        {hit.kind === "item" ? <span>{[...hit.trail, hit.title].join(" › ")}</span> : null}
      </p>
      <Link href={hit.href} className="mt-1 block text-lg font-semibold text-brand-700 underline">
        {hit.title}
      </Link>
      {hit.snippet.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          {hit.snippet.map((segment, i) =>
            segment.match ? (
              <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
                {segment.text}
              </mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
        </p>
      ) : null}
    </li>
  );
}
