import { FormAlert } from "@/components/ui/form-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

/** The end of a record editor: its refusal, "Salvar …" and, while editing, "Cancelar edição". */
export function EditorFooter({
  alert,
  pending,
  label,
  editing,
  onCancel,
}: {
  alert: string | null;
  pending: boolean;
  label: string;
  editing: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      <div className="flex gap-3">
        <SubmitButton pending={pending}>{label}</SubmitButton>
        {editing ? (
          <button type="button" onClick={onCancel} className="text-sm underline">
            Cancelar edição
          </button>
        ) : null}
      </div>
    </>
  );
}
