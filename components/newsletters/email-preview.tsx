// The saved issue as recipients will see it, at a desktop (600 px) and a phone (360 px) width.
// sandbox="": the e-mail's HTML runs nothing and reaches nothing of the page.
export function EmailPreview({ html, subject }: { html: string; subject: string }) {
  return (
    <div className="flex flex-col gap-6 xl:flex-row xl:items-start">
      {[
        { width: 600, label: 'Ordinateur (600 px)' },
        { width: 360, label: 'Téléphone (360 px)' },
      ].map(({ width, label }) => (
        <figure key={width} className="min-w-0">
          <figcaption className="mb-2 text-sm font-semibold text-ink-700">{label}</figcaption>
          <div className="max-w-full overflow-x-auto">
            <iframe
              title={`Aperçu de «\u00a0${subject}\u00a0», ${label}`}
              srcDoc={html}
              sandbox=""
              style={{ width: `${width}px` }}
              className="h-[40rem] max-w-none rounded-card border border-ink-200 bg-white"
            />
          </div>
        </figure>
      ))}
    </div>
  );
}
