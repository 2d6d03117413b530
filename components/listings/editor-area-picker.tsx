'use client';
// « Zone d'intervention »: an ARIA 1.2 combobox over /api/communes (departments and communes of the
// official list) and the chosen places as chips. Arrow keys move through the suggestions, Enter adds
// one, Escape closes the list; each chip's button removes it (Enter, Space, Delete or Backspace) and
// the focus moves to the next chip, or back to the field.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { controlClasses } from '@/components/ui/field-styles';
import { cx } from '@/components/ui/cx';
import type { PlaceSuggestion } from '@/lib/geo/place-search';
import { LISTING_LIMITS, type ListingInput } from '@/lib/listings/schema';

type Area = ListingInput['serviceAreas'][number];

const DEBOUNCE_MS = 200;
const MIN_LENGTH = 2;

type AreaPickerProps = {
  areas: Array<Area & { id: string }>;
  onAdd: (area: Area) => void;
  onRemove: (index: number) => void;
  /** An error about the whole list (too many places). */
  error?: string;
  /** Errors about one chosen place, by its index. */
  itemErrors: Record<number, string | undefined>;
};

function useSuggestions(text: string): PlaceSuggestion[] {
  const [suggestions, setSuggestions] = useState<PlaceSuggestion[]>([]);
  useEffect(() => {
    if (text.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/communes?${new URLSearchParams({ q: text })}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { places: [] }))
        .then((body: { places: PlaceSuggestion[] }) => setSuggestions(body.places))
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return text.length < MIN_LENGTH ? [] : suggestions;
}

const keyOf = (area: Area) => (area.communeCode ? `c:${area.communeCode}` : `d:${area.departmentCode}`);

export function EditorAreaPicker({ areas, onAdd, onRemove, error, itemErrors }: AreaPickerProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const inputId = `zone-${id}`;
  const listboxId = `zone-${id}-suggestions`;
  const hintId = `zone-${id}-aide`;
  const errorId = `zone-${id}-erreur`;
  const inputRef = useRef<HTMLInputElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const suggestions = useSuggestions(text.trim());
  const expanded = open && suggestions.length > 0;
  const full = areas.length >= LISTING_LIMITS.serviceAreas;
  const optionId = (index: number) => `${listboxId}-${index}`;

  const choose = (place: PlaceSuggestion) => {
    const area: Area =
      place.kind === 'commune' ? { communeCode: place.code, label: place.label } : { departmentCode: place.code, label: place.label };
    if (areas.some((existing) => keyOf(existing) === keyOf(area))) {
      setAnnouncement(`${place.label} est déjà dans votre zone.`);
    } else {
      onAdd(area);
      setAnnouncement(`${place.label} ajouté à votre zone.`);
    }
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const remove = (index: number) => {
    const label = areas[index]?.label ?? 'Lieu';
    onRemove(index);
    setAnnouncement(`${label} retiré de votre zone.`);
    // The chip that takes its place, or the previous one, or the field: never lose the focus.
    requestAnimationFrame(() => {
      const buttons = chipsRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 0) - 1)];
      (next ?? inputRef.current)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        const next = current + step;
        if (next < -1) return suggestions.length - 1;
        return next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Enter') {
      // Enter never submits the whole listing from this field.
      event.preventDefault();
      const place = expanded ? suggestions[active >= 0 ? active : 0] : undefined;
      if (place) choose(place);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="relative flex flex-col gap-1.5">
        <label htmlFor={inputId} className="text-sm font-semibold text-ink-900">
          Ajouter une commune ou un département
        </label>
        <p id={hintId} className="text-sm text-ink-600">
          Tapez au moins 2&nbsp;lettres du nom ou les premiers chiffres du code postal, puis choisissez dans la liste.
          {full && ` Vous avez atteint la limite de ${LISTING_LIMITS.serviceAreas}\u00a0lieux.`}
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={cx(hintId, error && errorId)}
          aria-invalid={error ? true : undefined}
          value={text}
          disabled={full}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          autoComplete="off"
          maxLength={60}
          className={controlClasses()}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Lieux proposés"
          hidden={!expanded}
          className="z-30 max-h-80 overflow-auto rounded-control border border-ink-300 bg-white py-1 shadow-raised sm:absolute sm:top-full sm:right-0 sm:left-0 sm:mt-1"
        >
          {expanded &&
            suggestions.map((place, index) => (
              <li
                key={`${place.kind}-${place.code}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(place)}
                className={cx(
                  'flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-ink-900',
                  index === active ? 'bg-brand-100' : 'hover:bg-brand-50',
                )}
              >
                <span className="min-w-0 truncate">{place.label}</span>
                <span className="shrink-0 text-sm text-ink-600">{place.detail}</span>
              </li>
            ))}
        </ul>
        {error && (
          <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-700">
            <span aria-hidden="true">⚠</span>
            <span>{error}</span>
          </p>
        )}
      </div>

      {areas.length > 0 ? (
        <ul ref={chipsRef} aria-label="Votre zone d’intervention" className="flex flex-wrap gap-2">
          {areas.map((area, index) => (
            <li key={area.id} className="flex flex-col gap-1">
              <span
                className={cx(
                  'inline-flex items-center gap-1 rounded-pill border py-1 pr-1 pl-3 text-sm',
                  itemErrors[index] ? 'border-danger-600 bg-danger-50 text-danger-800' : 'border-brand-200 bg-brand-50 text-brand-900',
                )}
              >
                {area.departmentCode ? `${area.label ?? area.departmentCode}, tout le département` : (area.label ?? area.communeCode)}
                <button
                  type="button"
                  onClick={() => remove(index)}
                  onKeyDown={(event) => {
                    if (event.key === 'Delete' || event.key === 'Backspace') {
                      event.preventDefault();
                      remove(index);
                    }
                  }}
                  aria-describedby={itemErrors[index] ? `${errorId}-${index}` : undefined}
                  className="inline-flex size-7 items-center justify-center rounded-pill text-base hover:bg-brand-100"
                >
                  <span aria-hidden="true">×</span>
                  <span className="sr-only">Retirer {area.label ?? 'ce lieu'}</span>
                </button>
              </span>
              {itemErrors[index] && (
                <span id={`${errorId}-${index}`} className="text-sm font-medium text-danger-700">
                  {itemErrors[index]}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-700">
          Aucun lieu choisi&nbsp;: l’annonce indiquera votre commune «&nbsp;et ses environs&nbsp;».
        </p>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {expanded
          ? `${suggestions.length}\u00a0lieu${suggestions.length > 1 ? 'x' : ''} proposé${suggestions.length > 1 ? 's' : ''}, flèches haut et bas pour parcourir`
          : announcement}
      </p>
    </div>
  );
}
