import { bold, heading, heading2, italic, link, orderedListCommand, unorderedListCommand, type ICommand } from '@uiw/react-md-editor/nohighlight';
import { cloneElement, isValidElement, type ReactElement, type SVGProps } from 'react';

/** A command with a plain name (what a screen reader says) and its icon kept away from assistive technology. */
function named(command: ICommand, name: string, keys: string): ICommand {
  const icon = isValidElement(command.icon)
    ? cloneElement(command.icon as ReactElement<SVGProps<SVGSVGElement>>, { role: undefined, 'aria-hidden': true, focusable: 'false' })
    : command.icon;
  return { ...command, icon, buttonProps: { 'aria-label': name, title: `${name} (${keys})` } };
}

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * What postings need, and nothing more: bold, italic, a heading, the two
 * lists and a link. Made once, so the editor does not see new commands on
 * every render (which makes it re-dispatch).
 */
export const TOOLBAR: ICommand[] = [
  named(bold, 'Bold', `${MOD}+B`),
  named(italic, 'Italic', `${MOD}+I`),
  named({ ...heading2, icon: heading.icon, shortcuts: 'ctrlcmd+alt+2' }, 'Heading', `${MOD}+Alt+2`),
  named({ ...unorderedListCommand, shortcuts: 'ctrlcmd+shift+8' }, 'Bulleted list', `${MOD}+Shift+8`),
  named({ ...orderedListCommand, shortcuts: 'ctrlcmd+shift+7' }, 'Numbered list', `${MOD}+Shift+7`),
  named({ ...link, shortcuts: 'ctrlcmd+k' }, 'Link', `${MOD}+K`),
];

export const NO_EXTRA_COMMANDS: ICommand[] = [];
