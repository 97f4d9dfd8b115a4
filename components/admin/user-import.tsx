"use client";

import { useState, useTransition } from "react";
import { importUsersAction } from "@/lib/admin/user-actions";
import type { ImportReport } from "@/lib/admin/user-import";
import { CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE } from "@/lib/admin/user-schema";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRequestKey } from "./use-request-key";

/** Reads the chosen CSV in the browser and sends its text; shows what was imported and refused. */
export function UserImport() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const request = useRequestKey();

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return setError("Escolha um arquivo CSV.");
          if (file.size > CSV_IMPORT_MAX_BYTES) return setError(CSV_TOO_LARGE);
          startTransition(async () => {
            setError(null);
            setReport(null);
            const result = await importUsersAction({ key: request.key, csv: await file.text() });
            if (!result.ok) {
              const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
              setError(fields.join(" ") || result.message);
              return;
            }
            request.renew();
            setReport(result.value);
          });
        }}
      >
        <label className="text-sm font-medium">
          Arquivo CSV
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            className="mt-1 block text-sm"
          />
        </label>
        <SubmitButton pending={pending}>Importar</SubmitButton>
      </form>
      {error ? <FormAlert>{error}</FormAlert> : null}
      {report ? (
        <section aria-labelledby="relatorio" className="space-y-2">
          <h2 id="relatorio" className="font-semibold">
            Resultado da importação
          </h2>
          <FormStatus>
            {report.imported} {report.imported === 1 ? "usuário importado" : "usuários importados"},{" "}
            {report.refused.length}{" "}
            {report.refused.length === 1 ? "linha recusada" : "linhas recusadas"}.
          </FormStatus>
          {report.refused.length > 0 ? (
            <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Linha
                  </th>
                  <th scope="col" className="px-3 py-2">
                    CPF
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Motivo
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.refused.map((r) => (
                  <tr key={r.line} className="border-t border-slate-200">
                    <td className="px-3 py-2">{r.line}</td>
                    <td className="px-3 py-2">{r.cpf}</td>
                    <td className="px-3 py-2">{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
