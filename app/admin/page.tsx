import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administração" };

/** The admin console: one entry per area the admin configures. */
export default async function AdminHome() {
  const user = await requireRole("/admin", "ADMIN");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Administração</h1>
      <p>Olá, {user.name}.</p>
      <nav aria-label="Administração">
        <ul className="list-disc pl-6">
          <li>
            <Link href="/admin/catalogo" className="text-brand-700 underline">
              Catálogo
            </Link>{" "}
            – categorias, itens, seus formulários e prazos de SLA
          </li>
          <li>
            <Link href="/admin/conhecimento" className="text-brand-700 underline">
              Base de Conhecimento — resultados
            </Link>{" "}
            – artigos sugeridos, abertos e as solicitações que eles evitaram
          </li>
          <li>
            <Link href="/admin/usuarios" className="text-brand-700 underline">
              Usuários
            </Link>{" "}
            – cadastro, papéis, desativação, primeiro acesso e importação por CSV
          </li>
          <li>
            <Link href="/admin/organizacoes" className="text-brand-700 underline">
              Organizações
            </Link>{" "}
            – municípios e estados, com código IBGE ou CNPJ
          </li>
          <li>
            <Link href="/admin/grupos" className="text-brand-700 underline">
              Grupos de atendimento
            </Link>{" "}
            – os grupos e seus analistas
          </li>
          <li>
            <Link href="/admin/configuracoes" className="text-brand-700 underline">
              Configurações
            </Link>{" "}
            – fechamento automático, anexos, SLA padrão, expediente e feriados
          </li>
          <li>
            <Link href="/admin/privacidade" className="text-brand-700 underline">
              Privacidade (LGPD)
            </Link>{" "}
            – política de privacidade, encarregado de dados e prazos de retenção
          </li>
          <li>
            <Link href="/admin/comunicados" className="text-brand-700 underline">
              Comunicados
            </Link>{" "}
            – os avisos da Página Inicial
          </li>
          <li>
            <Link href="/admin/auditoria" className="text-brand-700 underline">
              Auditoria
            </Link>{" "}
            – quem mudou o quê, antes e depois, e o registro de segurança
          </li>
          <li>
            <Link href="/admin/emails" className="text-brand-700 underline">
              E-mails
            </Link>{" "}
            – o que o portal enviou ou vai enviar, e as falhas de envio
          </li>
          <li>
            <Link href="/admin/emails-recebidos" className="text-brand-700 underline">
              E-mails recebidos
            </Link>{" "}
            – respostas e pedidos por e-mail, o que virou cada um e o que foi recusado
          </li>
          <li>
            <Link href="/relatorios" className="text-brand-700 underline">
              Relatórios
            </Link>{" "}
            – volume, SLA, tempos e satisfação ao longo do tempo, em gráficos e CSV
          </li>
        </ul>
      </nav>
    </div>
  );
}
