import Link from "next/link";
import type { ReactNode } from "react";

/** Below a paged list: what is shown, and "Anterior" / "Próxima" links. */
export function Pager({
  summary,
  previous,
  next,
}: {
  summary: ReactNode;
  previous: string | null;
  next: string | null;
}) {
  return (
    <nav aria-label="Páginas" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <span>{summary}</span>
      <span className="flex gap-4">
        {previous ? (
          <Link
            href={previous}
            className="inline-flex min-h-6 items-center text-brand-700 underline"
          >
            Anterior
          </Link>
        ) : null}
        {next ? (
          <Link href={next} className="inline-flex min-h-6 items-center text-brand-700 underline">
            Próxima
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
