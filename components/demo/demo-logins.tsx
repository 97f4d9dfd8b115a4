import { connection } from "next/server";
import { env } from "@/lib/config/env";
import { formatCpf } from "@/lib/auth/cpf";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { DEMO_LOGINS } from "@/prisma/demo/people";

/** The demo's accounts, one per role (README "Primeiros passos"), on the login page of a demo only. */
export async function DemoLogins() {
  await connection();
  if (!env.demoData) return null;
  return (
    <section aria-labelledby="contas-demo" className="space-y-2 text-sm">
      <h2 id="contas-demo" className="font-semibold">
        Contas de demonstração
      </h2>
      <p>
        Senha de todas: <code>{DEMO_PASSWORD}</code>
      </p>
      <ul className="space-y-1">
        {DEMO_LOGINS.map((login) => (
          <li key={login.cpf}>
            <code>{formatCpf(login.cpf)}</code> — {login.name} ({login.role})
          </li>
        ))}
      </ul>
    </section>
  );
}
