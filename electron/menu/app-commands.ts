// The commands' names and event live beside the API (postings/api/app-commands.ts) so the renderer can listen for them too.
export { APP_COMMANDS, APP_COMMAND_EVENT, parseAppCommand, type AppCommand } from '../../postings/api/app-commands.js';
