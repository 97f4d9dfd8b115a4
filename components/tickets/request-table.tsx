"use client";

import Link from "next/link";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ServerTable } from "@/components/ui/server-table";
import { REQUEST_LIST, ticketListHref, type ListParams } from "@/lib/tickets/list-params";
import { LIST_SORTS, type ListSort } from "@/lib/tickets/list-sorts";

/** One row as the server prepared it: dates already in the portal's time zone, as text. */
export type RequestTableRow = {
  number: string;
  href: string;
  item: string;
  state: string;
  /** "Respondida" / "Aguardando resposta" ("—" once closed). */
  turn: string;
  createdAt: string;
  resolvedAt: string;
  closedAt: string;
};

const column = createColumnHelper<RequestTableRow>();
const columns = [
  column.accessor("number", {
    id: "number",
    header: "Número",
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-brand-700 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("item", { id: "item", header: "Serviço Cliente" }),
  column.accessor("state", { id: "state", header: "Estado" }),
  column.accessor("turn", { id: "turn", header: "Resposta" }),
  column.accessor("createdAt", { id: "createdAt", header: "Aberto em" }),
  column.accessor("resolvedAt", { id: "resolvedAt", header: "Resolvido em" }),
  column.accessor("closedAt", { id: "closedAt", header: "Encerrado em" }),
];

/**
 * "Minhas Solicitações" / "Meus Acompanhamentos": a @tanstack/react-table over one page the server
 * loaded. Sorting and paging are links, so the address always says what is shown and the back
 * button works.
 */
export function RequestTable({
  path,
  caption,
  rows,
  params,
  total,
  pageSize,
}: {
  path: string;
  caption: string;
  rows: RequestTableRow[];
  params: ListParams;
  total: number;
  pageSize: number;
}) {
  // The table is rebuilt from the server's page on every render; nothing of it is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: {
      sorting: [{ id: params.sort, desc: params.direction === "desc" }],
      pagination: { pageIndex: params.page - 1, pageSize },
    },
  });
  const sortLink = (id: ListSort) =>
    ticketListHref(REQUEST_LIST, path, {
      ...params,
      sort: id,
      direction: params.sort === id && params.direction === "asc" ? "desc" : "asc",
      page: 1,
    });

  return (
    <ServerTable
      table={table}
      caption={caption}
      sortOf={(columnId) =>
        // "Resposta" is a filter, not a sort.
        LIST_SORTS.includes(columnId as ListSort)
          ? {
              sorted: params.sort === columnId ? params.direction : null,
              href: sortLink(columnId as ListSort),
            }
          : null
      }
      emptyText="Nenhuma solicitação encontrada."
      page={params.page}
      pageSize={pageSize}
      total={total}
      pageHref={(page) => ticketListHref(REQUEST_LIST, path, { ...params, page })}
    />
  );
}
