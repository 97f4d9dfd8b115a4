import Link from "next/link";

type Crumb = { name: string; href: string };

/** "Página Inicial > Todos os Catálogos > … ": every step a link but the current page. */
export function Breadcrumb({ trail, current }: { trail: readonly Crumb[]; current?: string }) {
  return (
    <nav aria-label="Você está em" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-1">
            <Link href={crumb.href} className="py-0.5 text-brand-700 underline underline-offset-2">
              {crumb.name}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        {current ? (
          <li aria-current="page" className="font-medium text-slate-900">
            {current}
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
