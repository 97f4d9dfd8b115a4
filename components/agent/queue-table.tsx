"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
} from "@tanstack/react-table";
import { assignToMeAction, transferAction } from "@/app/agente/actions";
import { Pager } from "@/components/ui/pager";
import { listAddress, type ListParams, type ListSort } from "@/lib/tickets/list-params";

/** One queue row as the server prepared it (dates as text, the SLA badge already rendered). */
export type QueueTableRow = {
  id: string;
  number: string;
  href: string;
  item: string;
  organization: string;
  requester: string;
  state: string;
  assignee: string;
  group: string;
  sla: ReactNode;
  updatedAt: string;
};

const column = createColumnHelper<QueueTableRow>();
const SORTABLE: Partial<Record<string, ListSort>> = {
  number: "number",
  item: "item",
  state: "state",
  sla: "resolutionDueAt",
  updatedAt: "updatedAt",
};

const columns = [
  column.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Selecionar todos desta página"
        checked={table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Selecionar ${row.original.number}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  column.accessor("number", {
    header: "Número",
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-brand-700 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("item", { header: "Serviço" }),
  column.accessor("organization", { header: "Organização" }),
  column.accessor("requester", { header: "Solicitante" }),
  column.accessor("state", { header: "Estado" }),
  column.accessor("assignee", { header: "Responsável" }),
  column.accessor("group", { header: "Grupo" }),
  column.accessor("sla", { header: "Prazo (SLA)", cell: (info) => info.getValue() }),
  column.accessor("updatedAt", { header: "Atualizado" }),
];

/**
 * An agent queue: @tanstack/react-table over the server's page, with selection for the bulk
 * actions "Atribuir a mim" and "Transferir". Sorting and paging are links (the address says
 * what is shown).
 */
export function QueueTable({
  path,
  rows,
  params,
  total,
  pageSize,
  groups,
}: {
  path: string;
  rows: QueueTableRow[];
  params: ListParams;
  total: number;
  pageSize: number;
  groups: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [groupId, setGroupId] = useState("");
  const [reason, setReason] = useState("");
  // The table is rebuilt from the server's page on every render; nothing of it is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    enableRowSelection: true,
    onRowSelectionChange: setSelection,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: { rowSelection: selection },
  });
  const selected = Object.keys(selection).filter((id) => selection[id]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (params.page - 1) * pageSize + 1;
  const last = Math.min(params.page * pageSize, total);
  const address = (change: Partial<ListParams>) =>
    listAddress(path, { ...params, ...change }, "updatedAt");

  const bulk = (run: () => ReturnType<typeof assignToMeAction>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await run();
      if (!result.ok) {
        const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
        setMessage({ ok: false, text: fields[0] ?? result.message });
        return;
      }
      const { done, refused } = result.value;
      setMessage({
        ok: refused.length === 0,
        text: [
          `${done} ${done === 1 ? "ticket atualizado" : "tickets atualizados"}.`,
          ...refused.map((r) => `${r.number}: ${r.message}`),
        ].join(" "),
      });
      setSelection({});
      setReason("");
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div
        role="group"
        aria-label="Ações em lote"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <span className="mr-2 self-center text-slate-700">{selected.length} selecionado(s)</span>
        <button
          type="button"
          disabled={pending || selected.length === 0}
          onClick={() => bulk(() => assignToMeAction({ ticketIds: selected }))}
          className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          Atribuir a mim
        </button>
        <label className="flex flex-col gap-1">
          Grupo de destino
          <select
            value={groupId}
            onChange={(event) => setGroupId(event.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">Selecione</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-48 flex-1 flex-col gap-1">
          Motivo da transferência
          <input
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button
          type="button"
          disabled={pending || selected.length === 0}
          onClick={() => bulk(() => transferAction({ ticketIds: selected, groupId, reason }))}
          className="rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700 disabled:opacity-50"
        >
          Transferir
        </button>
        {message ? (
          <p
            role={message.ok ? "status" : "alert"}
            className={`w-full ${message.ok ? "text-green-800" : "text-red-800"}`}
          >
            {message.text}
          </p>
        ) : null}
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sort = SORTABLE[header.id];
                  const sorted = sort && params.sort === sort ? params.direction : null;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 whitespace-nowrap"
                      aria-sort={
                        sorted === "asc"
                          ? "ascending"
                          : sorted === "desc"
                            ? "descending"
                            : undefined
                      }
                    >
                      {sort ? (
                        <Link
                          href={address({
                            sort,
                            direction: sorted === "asc" ? "desc" : "asc",
                            page: 1,
                          })}
                          className="hover:underline"
                        >
                          {label}
                          <span aria-hidden="true">
                            {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                          </span>
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                className={`border-t border-slate-200 ${row.getIsSelected() ? "bg-brand-50" : ""}`}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 whitespace-nowrap">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-600">
                  Nenhum ticket nesta fila.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pager
        summary={`Linhas ${first} - ${last} de ${total}`}
        previous={params.page > 1 ? address({ page: params.page - 1 }) : null}
        next={params.page < pages ? address({ page: params.page + 1 }) : null}
      />
    </div>
  );
}
