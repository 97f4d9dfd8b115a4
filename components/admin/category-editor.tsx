"use client";

import Link from "next/link";
import { saveCategoryAction } from "@/lib/catalog/admin-actions";
import type { AdminCategory } from "@/lib/catalog/admin-queries";
import { categoryInput, type CategoryFormValues } from "@/lib/catalog/item-schema";
import { FormField, TextAreaField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { EditorFooter } from "./editor-footer";
import { EditorForm } from "./editor-form";
import { MoveButtons } from "./move-buttons";
import { useRecordEditor } from "./use-record-editor";

type CategoryRow = CategoryFormValues & { id: string };

const inactive = (
  <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs text-slate-700">inativo</span>
);

/** The catalogue tree, with its items, beside the category editor (new, or edit one). */
export function CategoryEditor({ tree }: { tree: AdminCategory[] }) {
  const { form, editing, edit, alert, onSubmit, message } = useRecordEditor<
    CategoryFormValues,
    CategoryRow
  >({
    schema: categoryInput,
    empty: { name: "", description: "", parentId: "", active: true },
    save: saveCategoryAction,
  });
  // A category cannot move below itself: its own subtree is left out of "Categoria pai".
  const below = (id: string) => {
    const ids = new Set([id]);
    for (const c of tree) if (c.parentId && ids.has(c.parentId)) ids.add(c.id);
    return ids;
  };
  const excluded = editing ? below(editing.id) : new Set<string>();

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <ul className="space-y-2" aria-label="Categorias e itens">
        {tree.map((category) => (
          <li
            key={category.id}
            style={{ marginLeft: `${category.depth * 1.5}rem` }}
            className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold">{category.name}</span>
              {category.active ? null : inactive}
              <MoveButtons kind="category" id={category.id} name={category.name} />
              <button
                type="button"
                onClick={() =>
                  edit({
                    id: category.id,
                    name: category.name,
                    description: category.description ?? "",
                    parentId: category.parentId ?? "",
                    active: category.active,
                  })
                }
                className="text-brand-700 underline"
                aria-label={`Editar ${category.name}`}
              >
                Editar
              </button>
              <Link
                href={`/admin/catalogo/itens/novo?categoria=${category.id}`}
                className="text-brand-700 underline"
                aria-label={`Novo item em ${category.name}`}
              >
                Novo item
              </Link>
            </div>
            {category.items.length > 0 ? (
              <ul className="mt-2 space-y-1 border-l-2 border-slate-100 pl-3">
                {category.items.map((item) => (
                  <li key={item.id} className="flex flex-wrap items-center gap-x-3">
                    <Link
                      href={`/admin/catalogo/itens/${item.id}`}
                      className="text-brand-700 underline"
                    >
                      {item.title}
                    </Link>
                    {item.active ? null : inactive}
                    <MoveButtons kind="item" id={item.id} name={item.title} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <EditorForm
        id="category-editor"
        title={editing ? "Editar categoria" : "Nova categoria"}
        onSubmit={onSubmit}
      >
        <FormField
          id="category-name"
          label="Nome"
          error={message("name")}
          {...form.register("name")}
        />
        <TextAreaField
          id="category-description"
          label="Descrição"
          rows={3}
          error={message("description")}
          {...form.register("description")}
        />
        <SelectField
          id="category-parent"
          label="Categoria pai"
          error={message("parentId")}
          placeholder="Nenhuma (topo do catálogo)"
          options={tree.filter((c) => !excluded.has(c.id)).map((c) => [c.id, c.path])}
          {...form.register("parentId")}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("active")} />
          Ativa (inativa, some do catálogo com tudo o que está dentro)
        </label>
        <EditorFooter
          alert={alert}
          pending={form.formState.isSubmitting}
          label="Salvar categoria"
          editing={editing !== null}
          onCancel={() => edit(null)}
        />
      </EditorForm>
    </div>
  );
}
