import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import {
  readTicketList,
  REQUEST_LIST,
  TICKET_PAGE_SIZE,
  ticketListHref,
} from "@/lib/tickets/list-params";
import { listMyRequests } from "@/lib/tickets/my-requests";
import { RequestListPage } from "@/components/tickets/request-list-page";

export const metadata: Metadata = { title: "Minhas Solicitações" };

/** "Minhas Solicitações": what the user opened or what was requested for them. */
export default async function MyRequestsPage({ searchParams }: PageProps<"/solicitacoes">) {
  const { params, problem } = readTicketList(REQUEST_LIST, await searchParams);
  const user = await requireUser(ticketListHref(REQUEST_LIST, "/solicitacoes", params));
  const page = await listMyRequests(user, { ...params, pageSize: TICKET_PAGE_SIZE });
  return (
    <RequestListPage
      title="Minhas Solicitações"
      path="/solicitacoes"
      params={params}
      problem={problem}
      page={page}
    />
  );
}
