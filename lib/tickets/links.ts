/**
 * The one address of a ticket's page, for links in the portal and in e-mails. Every role opens
 * the same address; the page shows each the view they are entitled to.
 */
export function ticketUrl(ticketNumber: string): string {
  return `/solicitacoes/${ticketNumber}`;
}
