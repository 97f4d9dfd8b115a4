import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/reports/unsubscribe-form";

export const metadata: Metadata = { title: "Cancelar o resumo semanal" };

const text = (value: string | string[] | undefined) =>
  typeof value === "string" ? value.slice(0, 100) : "";

/**
 * Where the weekly e-mail's "Cancelar o resumo semanal" link lands, signed in or not. It asks to
 * confirm: mail scanners follow links, and a GET must change nothing.
 */
export default async function UnsubscribePage({
  searchParams,
}: PageProps<"/relatorios/cancelar-inscricao">) {
  const query = await searchParams;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Cancelar o resumo semanal</h1>
      <p className="text-slate-700">
        Você deixará de receber, às segundas-feiras, o resumo semanal dos relatórios de atendimento.
        Pode voltar a assiná-lo quando quiser, em Relatórios.
      </p>
      <UnsubscribeForm userId={text(query.usuario)} signature={text(query.assinatura)} />
    </div>
  );
}
