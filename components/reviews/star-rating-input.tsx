'use client';
// « Note »: five radio buttons drawn as stars, in a fieldset with its legend. Native radios give the
// keyboard behaviour for free (Tab into the group, arrow keys to move and choose), and work before
// hydration; the stars up to the chosen one are filled.
import { useId, useState } from 'react';
import { cx } from '@/components/ui/cx';

const STAR_PATH = 'M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z';
const LABELS = ['1 étoile sur 5 (très décevant)', '2 étoiles sur 5 (décevant)', '3 étoiles sur 5 (correct)', '4 étoiles sur 5 (très bien)', '5 étoiles sur 5 (excellent)'];

type Props = { name: string; defaultValue?: string; error?: string };

export function StarRatingInput({ name, defaultValue, error }: Props) {
  const [value, setValue] = useState(Number(defaultValue) || 0);
  const [hovered, setHovered] = useState(0);
  const errorId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-erreur`;
  const shown = hovered || value;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-semibold text-ink-900">Note</legend>
      <div className="flex gap-1" onMouseLeave={() => setHovered(0)}>
        {LABELS.map((label, index) => {
          const rating = index + 1;
          return (
            <label
              key={rating}
              onMouseEnter={() => setHovered(rating)}
              className="cursor-pointer rounded-control p-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
            >
              <input
                type="radio"
                name={name}
                value={rating}
                defaultChecked={value === rating}
                onChange={() => setValue(rating)}
                className="sr-only"
              />
              <span className="sr-only">{label}</span>
              <svg viewBox="0 0 20 20" aria-hidden="true" className={cx('h-9 w-9', rating <= shown ? 'text-accent-500' : 'text-ink-300')}>
                <path d={STAR_PATH} fill="currentColor" stroke="currentColor" strokeWidth="0.5" />
              </svg>
            </label>
          );
        })}
      </div>
      <p className="text-sm text-ink-700" aria-hidden="true">
        {shown ? LABELS[shown - 1] : 'Choisissez de 1 à 5\u00a0étoiles.'}
      </p>
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </fieldset>
  );
}
