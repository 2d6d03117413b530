// The contact details fields shared by the sign-up form and the personal space.
import { Field } from '@/components/ui/field';

type ContactFieldsProps = { values: Record<string, string | undefined>; errors: Record<string, string | undefined> };

export function ContactFields({ values, errors }: ContactFieldsProps) {
  return (
    <>
      <Field label="Nom complet" name="fullName" autoComplete="name" required defaultValue={values.fullName} error={errors.fullName} />
      <Field
        label="Adresse"
        name="addressLine"
        autoComplete="street-address"
        required
        hint={'Jamais publiée\u00a0: seule votre commune apparaît sur votre annonce.'}
        defaultValue={values.addressLine}
        error={errors.addressLine}
      />
      <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
        <Field
          label="Code postal"
          name="postalCode"
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={5}
          required
          defaultValue={values.postalCode}
          error={errors.postalCode}
        />
        <Field label="Ville" name="city" autoComplete="address-level2" required defaultValue={values.city} error={errors.city} />
      </div>
      <Field
        label="Téléphone"
        name="phone"
        type="tel"
        autoComplete="tel"
        required
        hint={'Par exemple 06 12 34 56 78. Vous choisirez s’il s’affiche sur votre annonce.'}
        defaultValue={values.phone}
        error={errors.phone}
      />
    </>
  );
}
