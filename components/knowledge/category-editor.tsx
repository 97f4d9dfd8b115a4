"use client";

import { saveKnowledgeCategoryAction } from "@/lib/knowledge/article-actions";
import {
  knowledgeCategoryInput,
  type KnowledgeCategoryFormValues,
} from "@/lib/knowledge/article-schema";
import { FormField, TextAreaField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { EditorFooter } from "@/components/admin/editor-footer";
import { EditorForm } from "@/components/admin/editor-form";
import { useRecordEditor } from "@/components/admin/use-record-editor";

type Row = {
  id: string;
  name: string;
  description: string | null;
  parentId: string | null;
  active: boolean;
  path: string;
  depth: number;
  articles: number;
};

/** The knowledge base's categories beside their editor: create, rename, move, deactivate. */
export function KnowledgeCategoryEditor({ tree }: { tree: Row[] }) {
  const { form, editing, edit, alert, onSubmit, message } = useRecordEditor<
    KnowledgeCategoryFormValues,
    KnowledgeCategoryFormValues & { id: string }
  >({
    schema: knowledgeCategoryInput,
    empty: { name: "", description: "", parentId: "", active: true },
    save: saveKnowledgeCategoryAction,
  });
  // A category cannot move below itself: its subtree is left out of "Categoria pai".
  const excluded = new Set(editing ? [editing.id] : []);
  for (const c of tree) if (c.parentId && excluded.has(c.parentId)) excluded.add(c.id);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <ul className="space-y-2" aria-label="Categorias">
        {tree.map((c) => (
          <li
            key={c.id}
            style={{ marginLeft: `${c.depth * 1.5}rem` }}
            className="flex flex-wrap items-center gap-x-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <span className="font-semibold">{c.name}</span>
            <span className="text-slate-600">{c.articles} artigo(s)</span>
            {c.active ? null : <span className="rounded bg-slate-200 px-1.5 text-xs">inativa</span>}
            <button
              type="button"
              onClick={() =>
                edit({
                  id: c.id,
                  name: c.name,
                  description: c.description ?? "",
                  parentId: c.parentId ?? "",
                  active: c.active,
                })
              }
              className="text-brand-700 underline"
              aria-label={`Editar ${c.name}`}
            >
              Editar
            </button>
          </li>
        ))}
      </ul>
      <EditorForm
        id="knowledge-category-editor"
        title={editing ? "Editar categoria" : "Nova categoria"}
        onSubmit={onSubmit}
      >
        <FormField id="kc-name" label="Nome" error={message("name")} {...form.register("name")} />
        <TextAreaField
          id="kc-description"
          label="Descrição"
          rows={3}
          error={message("description")}
          {...form.register("description")}
        />
        <SelectField
          id="kc-parent"
          label="Categoria pai"
          placeholder="Nenhuma (topo)"
          error={message("parentId")}
          options={tree.filter((c) => !excluded.has(c.id)).map((c) => [c.id, c.path])}
          {...form.register("parentId")}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("active")} />
          Ativa (inativa, não recebe novos artigos)
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
