import type { DeflectionCounts } from "@/lib/knowledge/deflection-counts";
import { ListTable } from "@/components/ui/list-table";

const HEADERS = ["Sugerido", "Aberto", "Solicitações evitadas"] as const;

/** One table of "Base de Conhecimento — resultados": a row per article or per catalogue item. */
export function DeflectionTable({
  id,
  title,
  subject,
  rows,
}: {
  id: string;
  title: string;
  /** The first column's header: "Artigo" or "Item do catálogo". */
  subject: string;
  rows: DeflectionCounts[];
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ListTable
        caption={title}
        headers={[subject, ...HEADERS]}
        empty="Nenhum artigo foi sugerido nos formulários ainda."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200">
            <th scope="row" className="px-3 py-2 font-normal">
              {row.title}
            </th>
            <td className="px-3 py-2 tabular-nums">{row.shown}</td>
            <td className="px-3 py-2 tabular-nums">{row.opened}</td>
            <td className="px-3 py-2 font-semibold tabular-nums">{row.resolved}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
