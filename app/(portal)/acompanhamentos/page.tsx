import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import {
  readTicketList,
  REQUEST_LIST,
  TICKET_PAGE_SIZE,
  ticketListHref,
} from "@/lib/tickets/list-params";
import { listMyFollowUps } from "@/lib/tickets/my-requests";
import { RequestListPage } from "@/components/tickets/request-list-page";

export const metadata: Metadata = { title: "Meus Acompanhamentos" };

/** "Meus Acompanhamentos": the requests this user was named to follow. */
export default async function FollowUpsPage({ searchParams }: PageProps<"/acompanhamentos">) {
  const { params, problem } = readTicketList(REQUEST_LIST, await searchParams);
  const user = await requireUser(ticketListHref(REQUEST_LIST, "/acompanhamentos", params));
  const page = await listMyFollowUps(user, { ...params, pageSize: TICKET_PAGE_SIZE });
  return (
    <RequestListPage
      title="Meus Acompanhamentos"
      path="/acompanhamentos"
      params={params}
      problem={problem}
      page={page}
    />
  );
}
