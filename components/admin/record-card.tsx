import type { ReactNode } from "react";

/** One record in an admin list: its name, a line about it, "Editar" and any other actions. */
export function RecordCard({
  name,
  details,
  onEdit,
  children,
}: {
  name: string;
  details: ReactNode;
  onEdit: () => void;
  /** More actions beside "Editar" ("Excluir"). */
  children?: ReactNode;
}) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p className="font-semibold">{name}</p>
      <p className="text-slate-600">{details}</p>
      <div className="mt-1 flex gap-3">
        <button
          type="button"
          onClick={onEdit}
          className="text-brand-700 underline"
          aria-label={`Editar ${name}`}
        >
          Editar
        </button>
        {children}
      </div>
    </li>
  );
}
