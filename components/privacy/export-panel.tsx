"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { requestDataExportAction } from "@/lib/privacy/privacy-actions";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

type ExportRow = {
  id: string;
  ready: boolean;
  json: boolean;
  html: boolean;
  createdAt: string;
  expiresAt: string;
};

/**
 * "Baixar meus dados": asks for the files, which a job prepares and announces by e-mail; each
 * file is then offered here until it is downloaded (once) or expires.
 */
export function ExportPanel({ exports }: { exports: ExportRow[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    const result = await requestDataExportAction({});
    setPending(false);
    setMessage(
      result.ok
        ? {
            ok: true,
            text: "Pedido recebido. Avisaremos por e-mail quando o arquivo estiver pronto.",
          }
        : { ok: false, text: result.message },
    );
    router.refresh();
  };
  const link = (row: ExportRow, format: "json" | "html", label: string) => (
    // A plain link: the browser downloads the file itself (once; the page then forgets it).
    <a
      href={`/api/meus-dados/${row.id}?formato=${format}`}
      className="text-brand-700 underline"
      download
      onClick={() => setTimeout(() => router.refresh(), 1_000)}
    >
      {label}
    </a>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="text-lg font-semibold">Baixar meus dados</h3>
      <p className="text-sm text-slate-700">
        Uma cópia do seu perfil, das suas solicitações e mensagens, avaliações, votos, sessões e do
        registro de acessos, em JSON (para programas) e em HTML (para ler). Cada arquivo pode ser
        baixado uma vez, só por você, até a data indicada.
      </p>
      {exports.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {exports.map((row) => (
            <li key={row.id}>
              Pedido de {row.createdAt}:{" "}
              {!row.ready ? (
                "em preparação."
              ) : row.json || row.html ? (
                <>
                  {row.json ? link(row, "json", "Baixar JSON") : null}
                  {row.json && row.html ? " · " : null}
                  {row.html ? link(row, "html", "Baixar HTML") : null} (disponível até{" "}
                  {row.expiresAt})
                </>
              ) : (
                "arquivos já baixados."
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        message.ok ? (
          <FormStatus>{message.text}</FormStatus>
        ) : (
          <FormAlert>{message.text}</FormAlert>
        )
      ) : null}
      <SubmitButton pending={pending}>Baixar meus dados</SubmitButton>
    </form>
  );
}
