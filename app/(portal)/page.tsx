import Link from "next/link";
import { redirect } from "next/navigation";
import { HOME_OF, requireUser } from "@/lib/auth/session";

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

export default async function HomePage() {
  const user = await requireUser("/");
  // Agents and admins start in their own workspaces.
  if (user.role !== "REQUESTER") redirect(HOME_OF[user.role]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Página Inicial</h1>
      <form action="/pesquisa" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Pesquisar
        </label>
        <input
          id="q"
          name="q"
          type="search"
          placeholder="Pesquisar"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Pesquisar
        </button>
      </form>
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
    </div>
  );
}
