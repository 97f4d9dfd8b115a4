import type { ReactNode } from "react";

/** The label–value lines of a ticket's side panels ("Grupo", "E-mail", "Aberto em"…). */
export function FactList({
  className = "",
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  return <dl className={`space-y-2 text-sm ${className}`}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}
