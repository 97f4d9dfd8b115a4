import { connection } from "next/server";
import { env } from "@/lib/config/env";
import { formatCpf } from "@/lib/auth/cpf";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/demo-data";

/** The demo's accounts, on the login page of a demo only. */
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
        {demoUsers.map((user) => (
          <li key={user.cpf}>
            <code>{formatCpf(user.cpf)}</code> — {user.name} ({ROLE_LABELS[user.role]})
          </li>
        ))}
      </ul>
    </section>
  );
}
