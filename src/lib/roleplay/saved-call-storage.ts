/**
 * Where a call in progress is kept, apart from its checks (`saved-call.ts`): the setup form reads
 * the raw value first and loads the checks only when there is a call to resume, so a first visit
 * to a role-play page carries none of them.
 */

/** Where a scenario's call in progress is kept (sessionStorage: it ends with the browser session). */
export const savedCallKey = (scenarioId: string) => `both-ends:call:${scenarioId}`;

export type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The session storage, or none when the browser refuses it (private modes, blocked storage). */
export function sessionStore(): SessionLike | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

/** Whether anything is kept for this scenario (not yet checked: `readSavedCall` does that). */
export function storedCall(storage: SessionLike | undefined, scenarioId: string): boolean {
	try {
		return (storage?.getItem(savedCallKey(scenarioId)) ?? null) !== null;
	} catch {
		return false;
	}
}

/** Forgets the call in progress (ended, or started again). */
export function clearSavedCall(storage: SessionLike | undefined, scenarioId: string): void {
	try {
		storage?.removeItem(savedCallKey(scenarioId));
	} catch {
		// Nothing kept, nothing to clear.
	}
}
