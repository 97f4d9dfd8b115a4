import Image from "next/image";
import Link from "next/link";
import { isAdmin, isSupport } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { ContrastToggle } from "./contrast-toggle";
import { NavMenu } from "./nav-menu";

const linkClass = "rounded px-3 py-2 text-sm font-medium text-white hover:bg-brand-700";

/** The top bar of every page: product.md "Top bar". */
export async function TopBar({ highContrast }: { highContrast: boolean }) {
  const user = await getCurrentUser();
  return (
    <header className="top-bar bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-2 px-4 py-2">
        <Link href="/" className="mr-auto flex items-center gap-2 py-2 text-lg font-semibold">
          <Image src="/logo.svg" alt="" width={28} height={28} priority />
          Portal de Atendimento
        </Link>
        <ContrastToggle initiallyOn={highContrast} />
        <nav
          id="menu"
          tabIndex={-1}
          aria-label="Principal"
          className="flex flex-wrap items-center gap-1"
        >
          <Link href="/base-de-conhecimento" className={linkClass}>
            Base de Conhecimento
          </Link>
          <Link href="/catalogo" className={linkClass}>
            Catálogo
          </Link>
          <NavMenu
            label="Solicitações"
            items={[
              { href: "/solicitacoes", label: "Ver minhas solicitações" },
              { href: "/acompanhamentos", label: "Ver meus acompanhamentos" },
              // Support never rates: "Avaliar Atendimento" is the customers'.
              ...(user && isSupport(user)
                ? []
                : [{ href: "/avaliar", label: "Avaliar Atendimento" }]),
              ...(user?.managedOrganizationIds.length
                ? [{ href: "/organizacao", label: "Ver solicitações da organização" }]
                : []),
            ]}
          />
          {user ? (
            <NavMenu
              label={user.name}
              items={[
                ...(isSupport(user)
                  ? [
                      { label: "Atendimento", href: "/agente" },
                      { label: "Relatórios", href: "/relatorios" },
                      { label: "Base de Conhecimento", href: "/agente/conhecimento" },
                    ]
                  : []),
                ...(isAdmin(user) ? [{ label: "Administração", href: "/admin" }] : []),
                { label: "Perfil", href: "/perfil" },
                { label: "Logout", action: "signOut" as const },
              ]}
            />
          ) : (
            <Link href="/login" className={linkClass}>
              Entrar
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
