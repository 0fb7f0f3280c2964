/**
 * The launcher of an LMS package (`index.html` at its root, written by `scripts/package-lms.ts`).
 * It stays loaded for the whole LMS session while the course's pages change inside its frame, as
 * SCORM 1.2 allows one session per launch. The pages save progress as on the site, under the
 * package's own key; every save reaches the launcher as a `storage` event, and the launcher sends
 * the LMS where the learner stands (`reportFromRecord`) with the resume data (`resumeData`).
 * Outside an LMS it only opens the course and says that progress stays in the browser.
 * Each format has its own entry (`scorm12-launcher.ts`, `cmi5-launcher.ts`), so a SCORM package
 * does not carry the cmi5 library.
 */
import { fill } from '../../lib/i18n/format.ts';
import { readLaunchFile, type LaunchFile } from '../../lib/lms/launch-file.ts';
import { reportFromRecord } from '../../lib/lms/report-from-record.ts';
import { readResumeData, resumeData } from '../../lib/lms/resume.ts';
import type { LmsTransport } from '../../lib/lms/transport.ts';
import { mergeRecords } from '../../lib/progress/merge.ts';
import { emptyRecord, type ProgressRecord } from '../../lib/progress/schema.ts';
import { storageKeys } from '../../lib/progress/storage-keys.ts';
import { parseStored } from '../../lib/progress/store.ts';

type Status = 'connecting' | 'connected' | 'noLms' | 'failed';

const status = document.querySelector<HTMLElement>('[data-lms-status]');
const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]');

/** Shows one of the status lines the packager wrote into the page, in the package's language. */
function say(state: Status, error = ''): void {
	if (!status) return;
	status.textContent = fill(status.dataset[state] ?? '', { error });
	status.dataset.state = state;
}

function storedRecord(key: string): ProgressRecord {
	try {
		const text = localStorage.getItem(key);
		const parsed = text === null ? undefined : parseStored(text);
		return parsed?.ok ? parsed.record : emptyRecord();
	} catch {
		return emptyRecord();
	}
}

/** Puts what the LMS kept into this browser's record, merged as two tabs' saves are, before the course opens. */
function restore(resume: string, key: string): void {
	const saved = readResumeData(resume);
	if (!saved.ok) return;
	try {
		localStorage.setItem(key, JSON.stringify(mergeRecords(storedRecord(key), saved.record)));
	} catch {
		// Storage refused: the course still opens; the pages say what storage is doing.
	}
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the course, connected to the LMS through the transport `transportFor` finds (none outside an LMS). */
export async function launch(transportFor: (pkg: LaunchFile) => LmsTransport | undefined): Promise<void> {
	let pkg: LaunchFile;
	try {
		const response = await fetch(new URL('lms.json', document.baseURI));
		pkg = readLaunchFile(await response.json());
	} catch (error) {
		say('failed', message(error));
		return;
	}
	const { record: key } = storageKeys(pkg.id);
	const transport = transportFor(pkg);
	let connected = false;
	if (transport) {
		// Registered first: a session the LMS opened is closed whatever happens next. Not after the
		// pending report: the transport waits for one in flight itself, and a page being hidden won't wait.
		addEventListener('pagehide', () => void transport.finish(), { once: true });
		say('connecting');
		try {
			restore((await transport.start()).resume, key);
			connected = true;
			say('connected');
		} catch (error) {
			say('failed', message(error));
		}
	} else {
		say('noLms');
	}
	if (frame) frame.src = pkg.start;
	if (!transport || !connected) return;

	// One report at a time, in the order the saves happened.
	let sending = Promise.resolve();
	const send = () => {
		sending = sending.then(async () => {
			const record = storedRecord(key);
			try {
				await transport.report(reportFromRecord(record, pkg), resumeData(record, pkg.items));
				if (status?.dataset.state !== 'connected') say('connected');
			} catch (error) {
				say('failed', message(error));
			}
		});
	};
	addEventListener('storage', (event) => {
		if (event.key === key) send();
	});
	send();
}
