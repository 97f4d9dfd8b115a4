import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { shown } from "@/lib/admin/shown";
import { catalogueTree } from "@/lib/catalog/admin-queries";
import { CategoryEditor } from "@/components/admin/category-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Catálogo" };

/** The catalogue tree: categories (new, edit, order, deactivate) and their items. */
export default async function AdminCataloguePage() {
  const user = await requireRole("/admin/catalogo", "ADMIN");
  const tree = shown(await catalogueTree(user));
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Catálogo" />
      <h1 className="text-2xl font-semibold">Catálogo</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        A ordem aqui é a ordem que os solicitantes veem. Uma categoria ou item inativo some do
        catálogo, mas as solicitações já abertas continuam como estão.
      </p>
      <CategoryEditor tree={tree} />
    </div>
  );
}
