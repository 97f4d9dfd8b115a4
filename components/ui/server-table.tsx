import Link from "next/link";
import type { ReactNode } from "react";
import { flexRender, type Row, type Table } from "@tanstack/react-table";
import { ListPager } from "./list-pager";

/**
 * The frame of a @tanstack/react-table over one page the server loaded: headers that sort by
 * link (with aria-sort and an arrow), the rows, a line when there are none, and the pager
 * ("Linhas 1 - 20 de 153"). Sorting and paging are addresses, so the back button works.
 */
export function ServerTable<T>({
  table,
  caption,
  sortOf,
  emptyText,
  rowClassName,
  page,
  pageSize,
  total,
  pageHref,
  children,
}: {
  table: Table<T>;
  caption?: string;
  /** A column's sort: its current direction (null: not sorted by it) and the link that sorts by it; null when it does not sort. */
  sortOf: (columnId: string) => { sorted: "asc" | "desc" | null; href: string } | null;
  emptyText: string;
  rowClassName?: (row: Row<T>) => string;
  page: number;
  pageSize: number;
  total: number;
  pageHref: (page: number) => string;
  /** Anything between the table and its rows' frame, e.g. bulk actions: shown above the table. */
  children?: ReactNode;
}) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="space-y-3">
      {children}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        {/* Cell padding is set once on the table, not on each of a page's hundreds of cells. */}
        <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:whitespace-nowrap">
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className="bg-slate-100 text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sort = sortOf(header.id);
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 whitespace-nowrap"
                      aria-sort={
                        !sort
                          ? undefined
                          : sort.sorted === "asc"
                            ? "ascending"
                            : sort.sorted === "desc"
                              ? "descending"
                              : "none"
                      }
                    >
                      {sort ? (
                        <Link href={sort.href} className="hover:underline">
                          {label}
                          <span aria-hidden="true">
                            {sort.sorted === "asc" ? " ▲" : sort.sorted === "desc" ? " ▼" : ""}
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
          <tbody className="[&>tr]:border-t [&>tr]:border-slate-200">
            {rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row) || undefined}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="py-8! text-center text-slate-600">
                  {emptyText}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <ListPager page={page} pageSize={pageSize} total={total} pageHref={pageHref} />
    </div>
  );
}
