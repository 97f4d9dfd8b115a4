import type { RatingFigure } from "@/lib/tickets/rating-stats";

const average = (n: number) =>
  n.toLocaleString("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "Avaliações": average score and number of ratings, one row per group or analyst. */
export function RatingFigures({ caption, rows }: { caption: string; rows: RatingFigure[] }) {
  return (
    <table className="mb-4 w-full text-sm">
      <caption className="mb-1 text-left font-medium text-slate-700">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="font-medium">
            Nome
          </th>
          <th scope="col" className="text-right font-medium">
            Média
          </th>
          <th scope="col" className="text-right font-medium">
            Avaliações
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3} className="text-slate-600">
              Nenhuma avaliação.
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="text-left font-normal">
                {row.name}
              </th>
              <td className="text-right font-semibold">{average(row.average)}</td>
              <td className="text-right">{row.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
