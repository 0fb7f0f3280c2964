/**
 * Every page starts the service worker (src/lib/offline/service-worker.ts) once it has loaded,
 * and loads the notices' code (`offline-notices.ts`, built to a fixed URL by page-bundles.ts)
 * only when there is something to say: the visitor is offline, or a new version is ready.
 * Kept tiny: it is part of every page's first bytes.
 */
export function startOffline(): void {
	const workers = navigator.serviceWorker;
	// Not in an LMS package (`lmsPackageId` in site-root.ts, read here without importing it: this
	// runs on every page, and a shared chunk would be one more request): a worker there would
	// serve the LMS's whole origin and outlive the course.
	if (!workers || document.documentElement.dataset.lmsPackage) return;
	addEventListener('load', async () => {
		const registration = await workers.register('/sw.js').catch(() => undefined);
		if (!registration) return;
		const notices = () => {
			const url = '/offline-notices.js';
			void import(/* @vite-ignore */ url).then(({ showOfflineNotices }: typeof import('./offline-notices.ts')) =>
				showOfflineNotices(registration),
			);
		};
		if (registration.waiting || !navigator.onLine) notices();
		// A new version on its way (not the first install, which replaces nothing).
		registration.addEventListener('updatefound', () => workers.controller && notices());
		addEventListener('offline', notices);
		// Every page says so, and the worker keeps the language of the first one only (it notes that it
		// has). Asked only by a page the worker did not yet control, a visitor who left their first
		// page before the worker was ready, for a page it then controlled, never had it kept.
		(await workers.ready).active?.postMessage({ type: 'first-visit', lang: document.documentElement.lang });
	});
}
