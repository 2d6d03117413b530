// « Se déconnecter »: a form button (a POST to a server action, never a link a prefetch could follow).
import { signOutAction } from '@/lib/auth/actions';
import { cx } from '@/components/ui/cx';

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={cx(
          'inline-flex min-h-10 items-center rounded-control px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50',
          className,
        )}
      >
        Se déconnecter
      </button>
    </form>
  );
}
