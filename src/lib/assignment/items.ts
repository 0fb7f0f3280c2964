/** What an assignment can hold: a module, a quiz, a role-play or a learning path. */
export const itemKinds = { m: 'module', q: 'quiz', r: 'roleplay', p: 'path' } as const;
export type ItemKind = (typeof itemKinds)[keyof typeof itemKinds];

/**
 * An item key as carried in links and codes: `m:agents/hold-done-right`, `q:cold-call`,
 * `r:cold-call`, `p:first-week`. Short on purpose: links must fit a QR code.
 */
export const ITEM_KEY = /^[mqrp]:[a-z0-9][a-z0-9-]{0,60}(\/[a-z0-9][a-z0-9-]{0,60})?$/;

export function itemKind(key: string): ItemKind | undefined {
	return itemKinds[key[0] as keyof typeof itemKinds];
}

/** The item's id without its kind prefix. */
export function itemId(key: string): string {
	return key.slice(2);
}
