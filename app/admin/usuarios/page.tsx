import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { maskCpf } from "@/lib/auth/cpf";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { shown } from "@/lib/admin/shown";
import { listUsers, userFormChoices, userListFields } from "@/lib/admin/user-queries";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListNotice } from "@/components/ui/list-notice";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Usuários" };

/** Users: search, filters, and the way to create, edit and import them. */
export default async function UsersPage({ searchParams }: PageProps<"/admin/usuarios">) {
  const user = await requireRole("/admin/usuarios", "ADMIN");
  const { params: filter, problem } = parseListAddress(userListFields, await searchParams);
  const [users, choices] = await Promise.all([listUsers(user, filter), userFormChoices(user)]);
  const { rows, total, pages } = shown(users);
  const { organizations } = shown(choices);
  const link = (pagina: number) => listHref("/admin/usuarios", { ...filter, pagina });
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5";
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Usuários" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Usuários</h1>
        <div className="flex gap-3">
          <Link
            href="/admin/usuarios/importar"
            className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700"
          >
            Importar CSV
          </Link>
          <Link
            href="/admin/usuarios/novo"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white"
          >
            Novo usuário
          </Link>
        </div>
      </div>
      <ListNotice problem={problem} />
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Buscar
          <input
            name="busca"
            type="search"
            defaultValue={filter.busca ?? ""}
            placeholder="Nome, CPF ou e-mail"
            className={field}
          />
        </label>
        <FilterSelect
          name="papel"
          label="Papel"
          value={filter.papel}
          options={Object.entries(ROLE_LABELS)}
        />
        <FilterSelect
          name="organizacao"
          label="Organização"
          value={filter.organizacao}
          options={organizations.map((o) => [o.id, o.name] as const)}
          all="Todas"
        />
        <FilterSelect
          name="situacao"
          label="Situação"
          value={filter.situacao}
          options={
            [
              ["ativos", "Ativos"],
              ["inativos", "Inativos"],
            ] as const
          }
        />
        <SubmitButton>Filtrar</SubmitButton>
      </form>
      <ListTable
        caption="Usuários do portal"
        headers={["Nome", "CPF", "E-mail", "Papel", "Organização", "Situação"]}
        empty="Nenhum usuário encontrado."
      >
        {rows.map((u) => (
          <tr key={u.id} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link href={`/admin/usuarios/${u.id}`} className="text-brand-700 underline">
                {u.name}
              </Link>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{maskCpf(u.cpf)}</td>
            <td className="px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
            <td className="px-3 py-2">{u.organization?.name ?? "—"}</td>
            <td className="px-3 py-2">{u.active ? "Ativo" : "Inativo"}</td>
          </tr>
        ))}
      </ListTable>
      <Pager
        summary={`${total} ${total === 1 ? "usuário" : "usuários"}`}
        previous={filter.pagina > 1 ? link(filter.pagina - 1) : null}
        next={filter.pagina < pages ? link(filter.pagina + 1) : null}
      />
    </div>
  );
}
