"use client";

import { useState } from "react";
import { getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import { ServerTable } from "@/components/ui/server-table";
import { QUEUE_LIST, ticketListHref, type ListParams } from "@/lib/tickets/list-params";
import { BulkActions } from "./bulk-actions";
import { QUEUE_SORTS, queueColumns, type QueueTableRow } from "./queue-columns";

/**
 * An agent queue: @tanstack/react-table over the server's page, with selection for the bulk
 * actions. Sorting and paging are links (the address says what is shown).
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
  const [selection, setSelection] = useState<RowSelectionState>({});
  // The table is rebuilt from the server's page on every render; nothing of it is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: queueColumns,
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
    ticketListHref(QUEUE_LIST, path, { ...params, ...change });

  return (
    <ServerTable
      table={table}
      sortOf={(columnId) => {
        const sort = QUEUE_SORTS[columnId];
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
      <BulkActions selected={selected} groups={groups} onDone={() => setSelection({})} />
    </ServerTable>
  );
}
