/**
 * The offline page's line to the service worker: registers it (the same registration the header
 * makes, so either may come first), asks for its status and passes on every snapshot it sends.
 */
import { isOfflineStatus, type OfflineRequest, type OfflineStatus } from './messages.ts';
import { SERVICE_WORKER_URL } from './offline-list.ts';

export interface WorkerLine {
	send(request: OfflineRequest): void;
	close(): void;
}

/**
 * Connects to the service worker. Resolves to `undefined` where the browser has none to offer
 * (no support, private browsing, or the registration is refused).
 */
export async function connectToWorker(onStatus: (status: OfflineStatus) => void): Promise<WorkerLine | undefined> {
	const workers = globalThis.navigator?.serviceWorker;
	if (!workers) return undefined;
	const registered = await workers.register(SERVICE_WORKER_URL).catch(() => undefined);
	if (!registered) return undefined;
	const registration = await workers.ready;
	const listener = (event: MessageEvent) => {
		if (isOfflineStatus(event.data)) onStatus(event.data);
	};
	workers.addEventListener('message', listener);
	const send = (request: OfflineRequest) => registration.active?.postMessage(request);
	send({ type: 'status' });
	return { send, close: () => workers.removeEventListener('message', listener) };
}
