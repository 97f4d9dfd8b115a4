"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import type { ListSort } from "@/lib/tickets/list-sorts";

/** One queue row as the server prepared it (dates as text, the SLA badge already rendered). */
export type QueueTableRow = {
  id: string;
  number: string;
  href: string;
  item: string;
  organization: string;
  requester: string;
  state: string;
  /** "Respondida" / "Aguardando resposta" ("—" once closed). */
  turn: string;
  assignee: string;
  group: string;
  sla: ReactNode;
  updatedAt: string;
};

/** The columns a queue sorts by, and the list sort each one means. */
export const QUEUE_SORTS: Partial<Record<string, ListSort>> = {
  number: "number",
  item: "item",
  state: "state",
  sla: "resolutionDueAt",
  updatedAt: "updatedAt",
};

const column = createColumnHelper<QueueTableRow>();

/** A selection box per row (and one for the page), then the ticket's columns. */
export const queueColumns = [
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
  column.accessor("turn", { header: "Resposta" }),
  column.accessor("assignee", { header: "Responsável" }),
  column.accessor("group", { header: "Grupo" }),
  column.accessor("sla", { header: "Prazo (SLA)", cell: (info) => info.getValue() }),
  column.accessor("updatedAt", { header: "Atualizado" }),
];
