"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import {
  createColumnHelper,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
} from "@tanstack/react-table";
import { assignToMeAction, transferAction } from "@/app/agente/actions";
import { ServerTable } from "@/components/ui/server-table";
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
    <ServerTable
      table={table}
      sortOf={(columnId) => {
        const sort = SORTABLE[columnId];
        if (!sort) return null;
        const sorted = params.sort === sort ? params.direction : null;
        return {
          sorted,
          href: address({ sort, direction: sorted === "asc" ? "desc" : "asc", page: 1 }),
        };
      }}
      emptyText="Nenhum ticket nesta fila."
      rowClassName={(row) => (row.getIsSelected() ? "bg-brand-50" : "")}
      page={params.page}
      pageSize={pageSize}
      total={total}
      pageHref={(page) => address({ page })}
    >
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
    </ServerTable>
  );
}
