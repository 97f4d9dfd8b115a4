import type { ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The GET filter form of the audit page's tabs: the tab's own filters, then the period (local
 * dates, inclusive) and "Filtrar". `tab` keeps the tab across the submission.
 */
export function LogFilter({
  tab,
  from,
  to,
  children,
}: {
  tab?: string;
  from: string | undefined;
  to: string | undefined;
  children: ReactNode;
}) {
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5";
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {tab ? <input type="hidden" name="aba" value={tab} /> : null}
      {children}
      <label className="text-sm font-medium">
        De
        <input type="date" name="de" defaultValue={from ?? ""} className={field} />
      </label>
      <label className="text-sm font-medium">
        Até
        <input type="date" name="ate" defaultValue={to ?? ""} className={field} />
      </label>
      <SubmitButton>Filtrar</SubmitButton>
    </form>
  );
}
