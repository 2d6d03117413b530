// The logo: a « J » monogram and the site name (the name is the accessible text of the home link).
export function Wordmark({ siteName, inverted = false }: { siteName: string; inverted?: boolean }) {
  return (
    <span className="inline-flex items-center gap-1.5 sm:gap-2">
      <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="h-7 w-7 shrink-0 sm:h-8 sm:w-8">
        <rect width="32" height="32" rx="8" fill={inverted ? '#ffffff' : '#1f4f8f'} />
        <path
          d="M19 8v10.5a5 5 0 0 1-9.6 2"
          fill="none"
          stroke={inverted ? '#1f4f8f' : '#ffffff'}
          strokeWidth="3.2"
          strokeLinecap="round"
        />
        <circle cx="24" cy="24" r="2.6" fill="#e8701a" />
      </svg>
      <span
        aria-hidden="true"
        className={`text-[0.95rem] font-bold tracking-tight whitespace-nowrap sm:text-lg ${inverted ? 'text-white' : 'text-brand-900'}`}
      >
        {siteName}
      </span>
    </span>
  );
}
