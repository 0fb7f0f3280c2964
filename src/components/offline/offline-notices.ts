/**
 * The two notices any page may show at the top of its content, in a live region:
 * - "You are offline…", while the browser is offline, with a link to the offline page;
 * - "A new version of this site is ready. [Reload to update]", when a new build's service worker
 *   has copied everything it needs and waits. The visitor chooses when: the page they are on,
 *   half-way through a quiz perhaps, is never swapped under them.
 * Loaded by `register.ts` only when one of them has something to say.
 */
import type { OfflineStrings } from '../../lib/i18n/catalogue/index.ts';
import { isLocale } from '../../lib/i18n/locales.ts';
import { localizePath } from '../../lib/i18n/paths.ts';

let shown: Promise<void> | undefined;

export function showOfflineNotices(registration: ServiceWorkerRegistration): Promise<void> {
	shown ??= render(registration);
	return shown;
}

async function render(registration: ServiceWorkerRegistration): Promise<void> {
	const locale = document.documentElement.lang;
	const main = document.querySelector('main');
	if (!isLocale(locale) || !main) return;
	// Only this language's strings: a chunk of their own.
	const { offline: strings } = (await import(`../../lib/i18n/catalogue/${locale}/offline.ts`)) as { offline: OfflineStrings };

	// A live region must be in the page before its words change, or screen readers miss them.
	const region = document.createElement('div');
	region.className = 'offline-notices no-print';
	region.setAttribute('role', 'status');
	region.dataset.pagefindIgnore = '';
	main.prepend(region);

	const offlineNotice = document.createElement('p');
	offlineNotice.className = 'callout info';
	const link = document.createElement('a');
	link.href = localizePath(locale, 'offline/');
	link.textContent = strings.offlineLink;
	offlineNotice.append(`${strings.offlineNow} `, link);

	const updateNotice = document.createElement('p');
	updateNotice.className = 'callout info';
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'button';
	reload.textContent = strings.updateNow;
	updateNotice.append(`${strings.updateReady} `, reload);
	reload.addEventListener('click', () => {
		reload.disabled = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		registration.waiting?.postMessage({ type: 'update-now' });
	});

	const update = () => {
		const notices = [];
		if (!navigator.onLine) notices.push(offlineNotice);
		// Only a worker waiting to replace the one in charge: the first install needs no reload.
		if (registration.waiting && navigator.serviceWorker.controller) notices.push(updateNotice);
		region.replaceChildren(...notices);
	};
	requestAnimationFrame(update);
	addEventListener('offline', update);
	addEventListener('online', update);
	// Back online (this code is loaded once the page went offline): did the site change meanwhile?
	addEventListener('online', () => void registration.update().catch(() => {}));
	const watch = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', update);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
}
