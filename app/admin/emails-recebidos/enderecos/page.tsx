import type { Metadata } from "next";
import { shown } from "@/lib/admin/shown";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { listBoundAddresses } from "@/lib/inbound/addresses";
import { InboundAddressForm, UnbindAddressButton } from "@/components/admin/inbound-address-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ListTable } from "@/components/ui/list-table";

export const metadata: Metadata = { title: "Endereços que abrem solicitações" };

/** The addresses (or +tags) whose e-mail opens a ticket of a catalogue item. */
export default async function InboundAddressesPage() {
  const admin = await requireRole("/admin/emails-recebidos/enderecos", "ADMIN");
  const { addresses, items } = shown(await listBoundAddresses(admin));
  const tagExample = env.inboundAddress?.replace("@", "+ti@") ?? "suporte+ti@prefeitura.gov.br";

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb
          trail={[
            { name: "Administração", href: "/admin" },
            { name: "E-mails recebidos", href: "/admin/emails-recebidos" },
          ]}
          current="Endereços que abrem solicitações"
        />
        <h1 className="text-2xl font-semibold">Endereços que abrem solicitações</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          Um e-mail de um usuário ativo para um destes endereços abre uma solicitação do item
          escolhido: o assunto e o texto viram a descrição, e os anexos seguem as regras dos anexos.
          Uma etiqueta (+ti) vale para a caixa de suporte: {tagExample}. Itens com campos
          obrigatórios não podem ser abertos por e-mail.
        </p>
      </div>

      <InboundAddressForm items={items} />

      <ListTable
        caption="Endereços vinculados a itens do catálogo"
        headers={["Endereço", "Item do catálogo", "Ações"]}
        empty="Nenhum endereço vinculado."
      >
        {addresses.map((bound) => (
          <tr key={bound.id} className="border-t border-slate-200">
            <td className="px-3 py-2">{bound.address}</td>
            <td className="px-3 py-2">
              {bound.item.title}
              {bound.item.active ? null : <span className="text-slate-600"> (inativo)</span>}
            </td>
            <td className="px-3 py-2 text-right">
              <UnbindAddressButton id={bound.id} address={bound.address} />
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
