"use client";

/** "Imprimir": the browser's print dialog; the page's print styles leave the charts and tables. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 print:hidden"
    >
      Imprimir
    </button>
  );
}
