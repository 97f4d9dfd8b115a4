import type { ReactNode } from "react";

/**
 * A plain server-rendered list table: a caption for screen readers, the column headers, the rows
 * (each a `<tr>`), and a message in place of the rows when there are none.
 */
export function ListTable({
  caption,
  headers,
  empty,
  children,
}: {
  caption: string;
  headers: readonly string[];
  /** Shown when `children` is an empty list. */
  empty: string;
  children: ReactNode[];
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {children.length > 0 ? (
            children
          ) : (
            <tr>
              <td colSpan={headers.length} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
