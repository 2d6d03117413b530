// Check-mark shield (decorative): always accompanied by text saying what was verified.
export function VerifiedIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={className}>
      <path fill="currentColor" d="M10 1l7 3v5.5c0 4.2-3 7.9-7 9.5-4-1.6-7-5.3-7-9.5V4l7-3z" opacity="0.25" />
      <path d="M6.5 10.2l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
