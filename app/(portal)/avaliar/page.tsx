import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import {
  readTicketList,
  REQUEST_LIST,
  TICKET_PAGE_SIZE,
  ticketListHref,
} from "@/lib/tickets/list-params";
import { listAwaitingRating } from "@/lib/tickets/rating-reads";
import { RequestListPage } from "@/components/tickets/request-list-page";

export const metadata: Metadata = { title: "Avaliar Atendimento" };

/** "Avaliar Atendimento": the user's closed requests not rated yet; each opens the rating form. */
export default async function AwaitingRatingPage({ searchParams }: PageProps<"/avaliar">) {
  const { params, problem } = readTicketList(REQUEST_LIST, await searchParams);
  const user = await requireUser(ticketListHref(REQUEST_LIST, "/avaliar", params));
  // One state only: an "estado" in the address is not this list's filter.
  const list = { ...params, state: undefined };
  const page = await listAwaitingRating(user, { ...list, pageSize: TICKET_PAGE_SIZE });
  return (
    <RequestListPage
      title="Avaliar Atendimento"
      intro="Solicitações fechadas que você ainda não avaliou. Abra uma delas para dar sua nota."
      path="/avaliar"
      params={list}
      problem={problem}
      page={page}
      stateFilter={false}
    />
  );
}
