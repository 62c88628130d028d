/** Where `npm run gen:api` writes the generated types, relative to server/ui. */
export const OUTPUT: string;

/** Runs the gen:api command into a temporary file: the command, and the committed and fresh output. */
export function generateApiTypes(): { command: string; committed: string; generated: string };
