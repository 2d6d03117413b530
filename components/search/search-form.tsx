// The « Quoi ? / Où ? » search form (GET /recherche), in a compact header size and a large hero size.
// A plain GET form: it works without JavaScript and gives shareable URLs; with it, « Quoi ? »
// suggests categories, communes and listings as you type.
import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { buttonClasses } from '@/components/ui/button-styles';
import { QueryCombobox } from './query-combobox';
import { SearchIcon } from './search-icon';

type SearchFormProps = {
  size?: 'compact' | 'large';
  defaultQuery?: string;
  defaultPlace?: string;
  /** Keeps the category filter when searching again from the results page. */
  category?: string;
  /** Distinguishes the ids of several forms on one page. */
  idPrefix?: string;
  /** The label of the first field: « Quoi ? » by default, « Quel service ? » in the home page's hero. */
  queryLabel?: ReactNode;
  className?: string;
};

export function SearchForm({
  size = 'large',
  defaultQuery,
  defaultPlace,
  category,
  idPrefix = 'recherche',
  queryLabel = <>Quoi&nbsp;?</>,
  className,
}: SearchFormProps) {
  const compact = size === 'compact';
  const fieldBox = cx(
    'flex min-w-0 items-center rounded-control border border-ink-400 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-focus',
    compact ? 'h-10' : 'h-13',
  );
  const labelClass = cx(
    'shrink-0 cursor-text pl-3 font-semibold text-brand-900',
    compact ? 'text-sm' : 'text-base',
  );
  const inputClass = cx(
    'h-full w-full min-w-0 rounded-control bg-transparent px-2 text-ink-900 placeholder:text-ink-500 focus:outline-none focus-visible:outline-none',
    compact ? 'text-base' : 'text-lg',
  );

  return (
    <form
      action="/recherche"
      method="get"
      role="search"
      aria-label={compact ? 'Recherche rapide' : 'Rechercher un auto-entrepreneur'}
      className={cx(
        'grid gap-2',
        compact
          ? 'grid-cols-[minmax(0,1fr)_auto] md:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_auto]'
          : 'grid-cols-1 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_auto] sm:gap-3',
        className,
      )}
    >
      <QueryCombobox
        id={`${idPrefix}-q`}
        label={queryLabel}
        defaultValue={defaultQuery}
        placeholder="plombier, coiffure…"
        maxLength={120}
        // Over the page where the fields share one row; in the flow where they are stacked, so the
        // list never hides the fields and the button below.
        className={cx('min-w-0', compact ? 'col-span-2 md:relative md:col-span-1' : 'sm:relative')}
        labelClassName={labelClass}
        boxClassName={fieldBox}
        inputClassName={inputClass}
        listboxClassName={compact ? 'md:absolute md:inset-x-0 md:top-full' : 'sm:absolute sm:inset-x-0 sm:top-full'}
      />
      <div className={fieldBox}>
        <label htmlFor={`${idPrefix}-lieu`} className={labelClass}>
          Où&nbsp;?
        </label>
        <input
          id={`${idPrefix}-lieu`}
          name="lieu"
          type="text"
          defaultValue={defaultPlace}
          placeholder="ville, code postal…"
          autoComplete="address-level2"
          enterKeyHint="search"
          maxLength={80}
          className={inputClass}
        />
      </div>
      {category && <input type="hidden" name="categorie" value={category} />}
      <button
        type="submit"
        className={buttonClasses('cta', compact ? 'sm' : 'lg', compact ? 'h-10' : 'h-13')}
      >
        <SearchIcon className={compact ? 'h-4 w-4' : 'h-5 w-5'} />
        <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>Rechercher</span>
      </button>
    </form>
  );
}
