import { ResetPasswordForm, type ResetAction } from "./reset-password-form";

/** The frame of the two password-link pages; only the title differs. */
export function PasswordLinkPage({ title, action }: { title: string; action: ResetAction }) {
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <ResetPasswordForm action={action} />
    </div>
  );
}
