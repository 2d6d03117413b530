// The unmistakable mark of demo mode's payment pages.
export function DemoBanner() {
  return (
    <p role="note" className="rounded-card border-2 border-warning-600 bg-warning-50 px-4 py-3 font-bold text-warning-800">
      Mode démo — aucun paiement réel
    </p>
  );
}
