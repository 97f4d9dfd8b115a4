import Link from "next/link";

/** The tabs as the address names them (`?aba=seguranca`); the first is the default. */
export const AUDIT_TABS = ["alteracoes", "seguranca"] as const;
export type AuditTab = (typeof AUDIT_TABS)[number];

const TABS: { tab: AuditTab; label: string; href: string }[] = [
  { tab: "alteracoes", label: "Alterações", href: "/admin/auditoria" },
  { tab: "seguranca", label: "Segurança", href: "/admin/auditoria?aba=seguranca" },
];

/** The audit page's two logs: admins' changes, and the security log. */
export function AuditTabs({ current }: { current: AuditTab }) {
  return (
    <nav aria-label="Registros" className="flex gap-2 border-b border-slate-200">
      {TABS.map(({ tab, label, href }) => (
        <Link
          key={tab}
          href={href}
          aria-current={tab === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
            tab === current
              ? "border-brand-600 text-brand-700"
              : "border-transparent text-slate-600 hover:text-slate-900"
          }`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
