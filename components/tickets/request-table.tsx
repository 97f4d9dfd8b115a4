"use client";

import Link from "next/link";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from "@tanstack/react-table";
import { Pager } from "@/components/ui/pager";
import { listAddress, type ListParams, type ListSort } from "@/lib/tickets/list-params";

/** One row as the server prepared it: dates already in Brasília time, as text. */
export type RequestTableRow = {
  number: string;
  href: string;
  item: string;
  state: string;
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
  const first = total === 0 ? 0 : (params.page - 1) * pageSize + 1;
  const last = Math.min(params.page * pageSize, total);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const sortLink = (id: ListSort) =>
    listAddress(path, {
      ...params,
      sort: id,
      direction: params.sort === id && params.direction === "asc" ? "desc" : "asc",
      page: 1,
    });

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = params.sort === header.id ? params.direction : null;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 whitespace-nowrap"
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                      }
                    >
                      <Link href={sortLink(header.id as ListSort)} className="hover:underline">
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                        </span>
                      </Link>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
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
                  Nenhuma solicitação encontrada.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pager
        summary={`Linhas ${first} - ${last} de ${total}`}
        previous={params.page > 1 ? listAddress(path, { ...params, page: params.page - 1 }) : null}
        next={params.page < pages ? listAddress(path, { ...params, page: params.page + 1 }) : null}
      />
    </div>
  );
}
