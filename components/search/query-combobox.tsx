'use client';
// The « Quoi ? » field with suggestions as you type (categories, communes, listings): an ARIA 1.2
// combobox. Arrow keys move through the list (aria-activedescendant), Enter opens the suggestion,
// Escape closes the list. Without JavaScript it is the plain text field of the GET form.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import type { Suggestion } from '@/lib/search/suggestions';

const DEBOUNCE_MS = 200;
const MIN_LENGTH = 2;

type QueryComboboxProps = {
  id: string;
  label: ReactNode;
  defaultValue?: string;
  placeholder?: string;
  maxLength?: number;
  /** The grid cell holding the field and its list. */
  className?: string;
  labelClassName?: string;
  boxClassName?: string;
  inputClassName?: string;
  /** Where the list appears (in the flow on narrow screens, over the page on wide ones). */
  listboxClassName?: string;
};

async function fetchSuggestions(q: string, lieu: string, signal: AbortSignal): Promise<Suggestion[]> {
  const params = new URLSearchParams({ q });
  if (lieu) params.set('lieu', lieu);
  const response = await fetch(`/api/recherche/suggestions?${params}`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { suggestions: Suggestion[] }).suggestions;
}

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

function Combobox({
  id,
  label,
  defaultValue = '',
  placeholder,
  maxLength,
  className,
  labelClassName,
  boxClassName,
  inputClassName,
  listboxClassName,
}: QueryComboboxProps) {
  const router = useRouter();
  const listboxId = useId();
  const [value, setValue] = useState(defaultValue);
  const [lieu, setLieu] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const text = useDebounced(value.trim());

  const { data: suggestions = [] } = useQuery({
    queryKey: ['search-suggestions', text, lieu],
    queryFn: ({ signal }) => fetchSuggestions(text, lieu, signal),
    enabled: open && text.length >= MIN_LENGTH,
    staleTime: 60_000,
  });
  const expanded = open && text.length >= MIN_LENGTH && suggestions.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    router.push(suggestion.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) {
        setOpen(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the field itself: past either end of the list, the focus comes back to what was typed.
      setActive((current) => {
        const next = current + step;
        if (next < -1) return suggestions.length - 1;
        return next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Enter' && expanded && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className={className}>
      <div className={boxClassName}>
        <label htmlFor={id} className={labelClassName}>
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 && active < suggestions.length ? optionId(active) : undefined}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            // The place typed in « Où ? » keeps its part in the suggested addresses.
            const place = event.target.form?.elements.namedItem('lieu');
            setLieu(place instanceof HTMLInputElement ? place.value.trim() : '');
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={maxLength}
          className={inputClassName}
        />
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className={cx(
          'z-30 mt-1 max-h-96 overflow-auto rounded-control border border-ink-300 bg-white py-1 text-left shadow-raised',
          listboxClassName,
        )}
      >
        {expanded &&
          suggestions.map((suggestion, index) => (
            <li
              key={`${suggestion.kind}-${suggestion.href}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the field, so the list stays open until the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
              className={cx(
                'flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-ink-900',
                index === active ? 'bg-brand-100' : 'hover:bg-brand-50',
              )}
            >
              <span className="min-w-0 truncate">{suggestion.label}</span>
              <span className="shrink-0 text-sm text-ink-600">{suggestion.detail}</span>
            </li>
          ))}
      </ul>
      <p className="sr-only" role="status">
        {expanded ? `${suggestions.length}\u00a0suggestion${suggestions.length > 1 ? 's' : ''}, flèches haut et bas pour parcourir` : ''}
      </p>
    </div>
  );
}

export function QueryCombobox(props: QueryComboboxProps) {
  // Suggestions are this field's only client-side data: its own cache is enough.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
      <Combobox {...props} />
    </QueryClientProvider>
  );
}
