import { ResetPasswordForm } from "./reset-password-form";

/** The frame of the two password-link pages; only the title differs. */
export function PasswordLinkPage({ title }: { title: string }) {
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <ResetPasswordForm />
    </div>
  );
}
