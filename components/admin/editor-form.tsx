import type { FormEventHandler, ReactNode } from "react";

/** The editor beside an admin list: a form named by its heading ("Nova organização"). */
export function EditorForm({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={id}
      className="h-fit space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </form>
  );
}
