// Filters of the advertisers list: a plain GET form (works without JavaScript, the URL can be shared
// within the team), search by name, SIRET or e-mail and three selects.
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Field } from '@/components/ui/field';
import { controlClasses } from '@/components/ui/field-styles';
import { listingStatusLabel } from '@/lib/admin/labels';
import type { AdvertiserListParams } from '@/lib/admin/schema';
import { ListingStatus, SiretStatus } from '@/lib/generated/prisma/enums';
import { siretStatusLabel } from '@/lib/siret/status';

type SelectProps = {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
};

function FilterSelect({ id, name, label, value, options }: SelectProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-ink-900">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={controlClasses('py-2')}>
        <option value="">Tous</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AdvertiserFilters({ params }: { params: AdvertiserListParams }) {
  const filtered = Boolean(params.q || params.statut || params.email || params.annonce);
  return (
    <form
      action="/admin/annonceurs"
      method="get"
      role="search"
      aria-label="Filtrer les annonceurs"
      className="grid gap-4 rounded-card border border-ink-200 bg-ink-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field
        label="Nom, SIRET ou e-mail"
        name="q"
        type="search"
        defaultValue={params.q ?? ''}
        wrapperClassName="sm:col-span-2 lg:col-span-4"
        autoComplete="off"
      />
      <FilterSelect
        id="filtre-statut"
        name="statut"
        label="Statut du SIRET"
        value={params.statut}
        options={Object.values(SiretStatus).map((status) => ({ value: status, label: siretStatusLabel(status) }))}
      />
      <FilterSelect
        id="filtre-email"
        name="email"
        label="E-mail"
        value={params.email}
        options={[
          { value: 'verifie', label: 'Vérifié' },
          { value: 'non-verifie', label: 'Non vérifié' },
        ]}
      />
      <FilterSelect
        id="filtre-annonce"
        name="annonce"
        label="Annonce"
        value={params.annonce}
        options={[
          ...Object.values(ListingStatus).map((status) => ({ value: status, label: listingStatusLabel(status) })),
          { value: 'AUCUNE', label: listingStatusLabel(null) },
        ]}
      />
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Filtrer</Button>
        {filtered && (
          <ButtonLink href="/admin/annonceurs" variant="ghost">
            Effacer les filtres
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
