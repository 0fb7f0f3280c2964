export const offline = {
	/** The offline page (`/[lang]/offline/`) and its footer link. */
	title: 'Use offline',
	intro:
		'Keep a language of this site on this device, and its pages, search, quizzes, practice calls and tools work without a network — on a train, or on a call-centre floor with a poor connection. Your progress is saved on the device as always.',
	firstVisit:
		'The language of the first page you open is kept by itself, unless your browser is set to save data. Here you can keep another language, or remove one.',
	install: 'To open the site like an app, choose “Install” or “Add to home screen” in your browser’s menu.',
	loading: 'Checking what this device keeps…',
	unsupported:
		'This browser cannot keep the site offline (it may be in private browsing, or too old). The site still works whenever you are online.',
	languagesLabel: 'Languages on this device',
	size: '{size} to download',
	kept: 'Kept on this device ({size}).',
	notKept: 'Not kept on this device.',
	copying: 'Copying… {done} of {total}',
	/** Each language's buttons, named in this language (with the article French and Italian need). */
	keep: { en: 'Keep English offline', fr: 'Keep French offline', it: 'Keep Italian offline' },
	forget: { en: 'Remove English from this device', fr: 'Remove French from this device', it: 'Remove Italian from this device' },
	failed: {
		network: 'The copy stopped: the connection dropped or the site did not answer. Try again when you are online.',
		'new-version': 'The site was updated while copying. Reload this page, then try again.',
		storage: 'This device has no room left for the copy. Free some space or remove another language, then try again.',
	},
	/** The notices any page shows (`offline-notices.ts`). */
	offlineNow: 'You are offline. Pages kept on this device still work, and your progress is saved.',
	offlineLink: 'What is kept',
	updateReady: 'A new version of this site is ready.',
	updateNow: 'Reload to update',
};
