import type { ReactNode } from "react";

/** A titled box, announced as a region named by its title ("Ações", "Anexos", "Por fila"…). */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = `panel-${title
    .normalize("NFD")
    .replace(/[^\w]+/g, "-")
    .toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-3 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
