import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { knowledgeCategoryTree } from "@/lib/knowledge/category-queries";
import { KnowledgeCategoryEditor } from "@/components/knowledge/category-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Categorias da Base de Conhecimento" };

export default async function KnowledgeCategoriesPage() {
  const user = await requireRole("/agente/conhecimento/categorias", ...SUPPORT_ROLES);
  const tree = await knowledgeCategoryTree(user);
  if (!tree.ok) notFound();
  return (
    <div className="space-y-4">
      <Breadcrumb
        trail={[{ name: "Base de Conhecimento", href: "/agente/conhecimento" }]}
        current="Categorias"
      />
      <h1 className="text-2xl font-semibold">Categorias da Base de Conhecimento</h1>
      <KnowledgeCategoryEditor tree={tree.value} />
    </div>
  );
}
