import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { UserImport } from "@/components/admin/user-import";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Importar usuários" };

export default async function ImportUsersPage() {
  await requireRole("/admin/usuarios/importar", "ADMIN");
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumb trail={[{ name: "Usuários", href: "/admin/usuarios" }]} current="Importar CSV" />
      <h1 className="text-2xl font-semibold">Importar usuários</h1>
      <p className="text-slate-700">
        Uma linha por usuário, com o cabeçalho{" "}
        <code className="rounded bg-slate-100 px-1">cpf;nome;email;telefone;papel;organizacao</code>{" "}
        (ponto e vírgula ou vírgula). Papel: Usuário máster, Analista ou Administrador. Organização:
        o nome, o CNPJ ou o código IBGE. As linhas válidas são importadas juntas; as outras são
        listadas com o motivo.
      </p>
      <UserImport />
    </div>
  );
}
