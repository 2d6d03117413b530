'use client';
// A password input with « Afficher / Masquer » (typing a long password blind on a phone is error-prone).
import { useState } from 'react';
import { Field, type FieldProps } from '@/components/ui/field';

export function PasswordField(props: Omit<FieldProps, 'type' | 'render'>) {
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      render={(control) => (
        <div className="relative">
          <input
            {...control}
            name={props.name}
            autoComplete={props.autoComplete}
            type={visible ? 'text' : 'password'}
            spellCheck={false}
            autoCapitalize="none"
            className={`${control.className} pr-24`}
          />
          <button
            type="button"
            onClick={() => setVisible((current) => !current)}
            aria-pressed={visible}
            className="absolute inset-y-1 right-1 rounded-control px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {visible ? 'Masquer' : 'Afficher'}
            <span className="sr-only"> le mot de passe</span>
          </button>
        </div>
      )}
    />
  );
}
