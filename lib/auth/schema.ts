// The forms of signing in and recovering an account, validated the same way on the server and the client.
import { z } from 'zod';
import { passwordProblem, PASSWORD_MAX_LENGTH } from './password-policy';

export const emailField = z
  .string()
  .trim()
  .min(1, 'Indiquez votre adresse e-mail.')
  .max(254, 'Cette adresse e-mail est trop longue.')
  .pipe(z.email('Cette adresse e-mail n’est pas valide (exemple\u00a0: nom@exemple.fr).'))
  .transform((email) => email.toLowerCase());

/** A password typed to prove who you are (no policy: old passwords must still work). */
export const currentPasswordField = z
  .string()
  .min(1, 'Indiquez votre mot de passe.')
  .max(PASSWORD_MAX_LENGTH, 'Mot de passe incorrect.');

/** A password being chosen: the policy applies. */
export const newPasswordField = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  rememberMe: z.literal('on').optional(),
  next: z.string().optional(),
});

export const passwordResetRequestSchema = z.object({ email: emailField });

export const passwordResetSchema = z.object({
  token: z.string().min(1).max(100),
  password: newPasswordField,
});
