import { expect, type Locator, type Page } from '@playwright/test';
import type { ServedSite } from './serve.js';

/** The main controls, found by the accessible names of DESIGN §7, as a screen reader finds them. */
export const desk = {
  postings: (page: Page): Locator => page.getByRole('list', { name: 'Postings', exact: true }).or(page.getByRole('listbox', { name: 'Postings', exact: true })),
  newPosting: (page: Page): Locator => page.getByRole('button', { name: 'New posting', exact: true }),
  details: (page: Page): Locator => page.getByRole('form', { name: 'Details', exact: true }),
  title: (page: Page): Locator => desk.details(page).getByLabel('Title', { exact: true }),
  publishDate: (page: Page): Locator => desk.details(page).getByLabel('Publish date', { exact: true }),
  draft: (page: Page): Locator => desk.details(page).getByLabel('Draft', { exact: true }),
  weight: (page: Page): Locator => desk.details(page).getByLabel('Weight', { exact: true }),
  text: (page: Page): Locator => page.getByRole('textbox', { name: 'Posting text', exact: true }),
  preview: (page: Page): Locator => page.getByRole('region', { name: 'Preview', exact: true }),
  warnings: (page: Page): Locator => page.getByRole('region', { name: 'Warnings', exact: true }),
  save: (page: Page): Locator => page.getByRole('button', { name: 'Save', exact: true }),
  export: (page: Page): Locator => page.getByRole('button', { name: 'Export', exact: true }),
  /** The status bar's save state: "Unsaved changes", "All changes saved". */
  saveState: (page: Page): Locator => page.getByLabel('Status', { exact: true }).getByRole('status').first(),
  /** A dialog the app shows (the unsaved-changes guard, the conflict choice, the new posting form). */
  dialog: (page: Page): Locator => page.getByRole('dialog').or(page.getByRole('alertdialog')),
};

/** Opens the printed address (the token becomes a cookie) and waits for the postings. */
export async function openDesk(page: Page, served: ServedSite): Promise<void> {
  await page.goto(served.url);
  await expect(desk.postings(page)).toBeVisible();
}

/** Selects a posting in the list by its title and waits until its text is in the editor. */
export async function selectPosting(page: Page, title: string): Promise<void> {
  await desk.postings(page).getByText(title, { exact: true }).click();
  await expect(desk.title(page)).toHaveValue(title);
}

/** Puts the caret at the end of the posting text and types, as a person does. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = desk.text(page);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/** The file's text with one substring replaced: what a save of that edit must leave on disk. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`“${from}” is not in the file`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
