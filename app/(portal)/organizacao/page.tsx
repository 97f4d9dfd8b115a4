import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import {
  readTicketList,
  REQUEST_LIST,
  TICKET_PAGE_SIZE,
  ticketListHref,
} from "@/lib/tickets/list-params";
import { listOrganizationRequests } from "@/lib/tickets/my-requests";
import { RequestListPage } from "@/components/tickets/request-list-page";

export const metadata: Metadata = { title: "Solicitações da organização" };

/**
 * "Solicitações da organização": a manager's read-only view of every ticket of the organizations
 * they manage, so that a municipality's history outlives the people who opened it. Empty for
 * anyone who manages none.
 */
export default async function OrganizationRequestsPage({
  searchParams,
}: PageProps<"/organizacao">) {
  const { params, problem } = readTicketList(REQUEST_LIST, await searchParams);
  const user = await requireUser(ticketListHref(REQUEST_LIST, "/organizacao", params));
  const page = await listOrganizationRequests(user, { ...params, pageSize: TICKET_PAGE_SIZE });
  return (
    <RequestListPage
      title="Solicitações da organização"
      path="/organizacao"
      params={params}
      problem={
        problem ??
        (user.managedOrganizationIds.length === 0
          ? "Você não é gestor de nenhuma organização: esta lista fica vazia."
          : undefined)
      }
      page={page}
    />
  );
}
