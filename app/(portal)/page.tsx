import Link from "next/link";
import { redirect } from "next/navigation";
import { isSupport } from "@/lib/auth/roles";
import { HOME_OF, requireUser } from "@/lib/auth/session";
import { currentAnnouncement } from "@/lib/announcements";
import { itemHref, popularItems } from "@/lib/catalog/queries";
import { countMyRequestsByState } from "@/lib/tickets/my-requests";
import { countAwaitingRating } from "@/lib/tickets/rating-reads";
import { STATE_LABELS, TICKET_STATES } from "@/lib/tickets/states";
import { SearchForm } from "@/components/catalog/search-form";

const tiles = [
  {
    href: "/catalogo",
    title: "Catálogo",
    text: "Abra uma solicitação a partir dos serviços disponíveis.",
  },
  {
    href: "/base-de-conhecimento",
    title: "Base de Conhecimento",
    text: "Encontre respostas em artigos e tutoriais.",
  },
];

const box = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

export default async function HomePage() {
  const user = await requireUser("/");
  // Agents and admins start in their own workspaces.
  if (isSupport(user)) redirect(HOME_OF[user.role]);
  const [announcement, counts, popular, toRate] = await Promise.all([
    currentAnnouncement(),
    countMyRequestsByState(user),
    popularItems(user),
    countAwaitingRating(user),
  ]);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Página Inicial</h1>
      <SearchForm />

      {announcement ? (
        <section
          aria-labelledby="comunicado"
          className="rounded-lg border border-amber-300 bg-amber-50 p-5"
        >
          <h2
            id="comunicado"
            className="text-sm font-semibold tracking-wide text-amber-900 uppercase"
          >
            Comunicado
          </h2>
          <p className="mt-1 font-semibold">{announcement.title}</p>
          <p className="mt-1 whitespace-pre-wrap text-slate-800">{announcement.body}</p>
        </section>
      ) : null}

      {toRate > 0 ? (
        <p className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          {toRate === 1
            ? "Uma solicitação fechada espera sua avaliação. "
            : `${toRate} solicitações fechadas esperam sua avaliação. `}
          <Link href="/avaliar" className="font-medium text-brand-700 underline">
            Avaliar Atendimento
          </Link>
        </p>
      ) : null}

      <ul className="grid gap-4 sm:grid-cols-2">
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Link
              href={tile.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-6 shadow-sm hover:border-brand-600"
            >
              <h2 className="text-lg font-semibold text-brand-800">{tile.title}</h2>
              <p className="mt-1 text-sm text-slate-600">{tile.text}</p>
            </Link>
          </li>
        ))}
      </ul>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="solicitacoes" className={box}>
          <h2 id="solicitacoes" className="text-lg font-semibold">
            As Solicitações
          </h2>
          <ul className="mt-3 divide-y divide-slate-100">
            {/* The seed's "Ag. Minha Aprovação": my solutions waiting for me to accept or reject. */}
            <li>
              <Link
                href="/solicitacoes?estado=AWAITING_USER"
                className="flex items-center justify-between py-2 font-semibold text-brand-800 hover:text-brand-700"
              >
                <span>Aguardando minha aprovação</span>
                <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold">
                  {counts.AWAITING_USER}
                </span>
              </Link>
            </li>
            {TICKET_STATES.map((state) => (
              <li key={state}>
                <Link
                  href={`/solicitacoes?estado=${state}`}
                  className="flex items-center justify-between py-2 hover:text-brand-700"
                >
                  <span>{STATE_LABELS[state]}</span>
                  <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-semibold">
                    {counts[state]}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="populares" className={box}>
          <h2 id="populares" className="text-lg font-semibold">
            Itens Populares
          </h2>
          {popular.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">
              Os serviços que você e sua organização mais usam aparecerão aqui.
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {popular.map((item) => (
                <li key={item.id} className="flex items-center justify-between gap-4 py-2">
                  <span>
                    <span className="block font-medium">{item.title}</span>
                    {item.subtitle ? (
                      <span className="block text-sm text-slate-600">{item.subtitle}</span>
                    ) : null}
                  </span>
                  <Link
                    href={itemHref(item.slug)}
                    className="shrink-0 py-0.5 text-sm font-medium text-brand-700 underline"
                    aria-label={`Exibir Detalhes: ${item.title}`}
                  >
                    Exibir Detalhes
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
