import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listAddress, parseListParams } from "@/lib/tickets/list-params";
import { listMyRequests } from "@/lib/tickets/queries";
import { RequestListPage } from "@/components/tickets/request-list-page";

export const metadata: Metadata = { title: "Minhas Solicitações" };

/** "Minhas Solicitações": what the user opened or what was requested for them. */
export default async function MyRequestsPage({ searchParams }: PageProps<"/solicitacoes">) {
  const params = parseListParams(await searchParams);
  const user = await requireUser(listAddress("/solicitacoes", params));
  const page = await listMyRequests(user, { ...params, pageSize: 20 });
  return (
    <RequestListPage title="Minhas Solicitações" path="/solicitacoes" params={params} page={page} />
  );
}
