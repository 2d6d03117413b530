// Turns a template and its props into the HTML and plain-text bodies of an e-mail.
import 'server-only';
import { createElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import { getTemplate, isTemplateName, type EmailProps, type TemplateName, type TemplateProps } from './templates';

export type RenderedEmail = { html: string; text: string };

/** A stored row names a template this version of the code no longer has: retrying cannot help. */
export class UnknownTemplateError extends Error {
  constructor(name: string) {
    super(`Unknown e-mail template "${name}"`);
    this.name = 'UnknownTemplateError';
  }
}

export async function renderEmail<N extends TemplateName>(template: N, props: TemplateProps<N>): Promise<RenderedEmail> {
  return renderStoredEmail(template, props);
}

/** Renders from an outbox row, whose template name and props come back from the database untyped. */
export async function renderStoredEmail(template: string, props: unknown): Promise<RenderedEmail> {
  if (!isTemplateName(template)) throw new UnknownTemplateError(template);
  const { component, load } = getTemplate(template);
  const html = await render(createElement(component, load ? await load(props as EmailProps) : (props as EmailProps)));
  // Derived from the HTML rather than rendered twice: both bodies always say the same thing.
  return { html, text: toPlainText(html) };
}
