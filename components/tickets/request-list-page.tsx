import type { RequestRow, TicketPage } from "@/lib/tickets/ticket-list";
import type { ListParams } from "@/lib/tickets/list-params";
import { ticketUrl } from "@/lib/tickets/links";
import { STATE_LABELS } from "@/lib/tickets/states";
import { turnLabel } from "@/lib/tickets/turns";
import { getPortalTime } from "@/lib/time/portal-time";
import { NumberAndStateFilters } from "./number-and-state-filters";
import { RequestTable } from "./request-table";
import { ListNotice } from "@/components/ui/list-notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** The body of both request lists: the filters ("Número", "Estado", "Pesquisar") and the table. */
export async function RequestListPage({
  title,
  path,
  params,
  problem,
  page,
  intro,
  stateFilter,
}: {
  title: string;
  /** A sentence under the title saying what the list is for. */
  intro?: string;
  /** False for a list of one state (NumberAndStateFilters). */
  stateFilter?: boolean;
  path: string;
  params: ListParams;
  /** Why the list shows other than the address asked (a dropped value). */
  problem?: string;
  page: TicketPage<RequestRow>;
}) {
  const time = await getPortalTime();
  const dateOrDash = (date: Date | null) => (date ? time.dateTimeSeconds(date) : "—");
  const rows = page.rows.map((row) => ({
    number: row.number,
    href: ticketUrl(row.number),
    item: row.item.title,
    state: STATE_LABELS[row.state],
    turn: turnLabel(row),
    createdAt: time.dateTimeSeconds(row.createdAt),
    resolvedAt: dateOrDash(row.resolvedAt),
    closedAt: dateOrDash(row.closedAt),
  }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
      <ListNotice problem={problem} />
      <form
        method="get"
        action={path}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <NumberAndStateFilters params={params} stateFilter={stateFilter} />
        <SubmitButton>Pesquisar</SubmitButton>
      </form>
      <RequestTable
        path={path}
        caption={title}
        rows={rows}
        params={params}
        total={page.total}
        pageSize={page.pageSize}
      />
    </div>
  );
}
