import type { Actor } from '../domain/actor.js';

/** Whoever runs `truce user …` on the server: they hold the database, so they act as an administrator. */
export const CLI_ACTOR: Actor = { id: 'operator:cli', role: 'admin' };
