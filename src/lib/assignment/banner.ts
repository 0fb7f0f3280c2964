/**
 * "Back to «title» (2 of 3 done)": what an item page opened from an assignment's checklist shows
 * at the top of its main content. Decided here from the record; the page's small script
 * (src/components/assignment/assignment-banner.ts) only renders it. Loaded only on pages whose
 * address carries `?assignment=`, so item pages opened on their own never pay for it.
 */
import type { ProgressRecord } from '../progress/schema.ts';
import { assignmentContext, contextChecklist } from './context.ts';

/** What the banner says and where it leads. */
export interface Banner {
	/** The assignment's id, for links onwards (`itemLinkFrom`). */
	id: string;
	/** The assignment's title, as received. */
	title: string;
	/** The assignment page in the page's language, with the link's fragment, to open it again. */
	href: string;
	/** How many of its items are finished, passed or not (as its checklist counts them). */
	done: number;
	/** How many items it has. */
	total: number;
}

/**
 * The banner for a page opened with `search` (`location.search`), or undefined when the page was
 * not opened from an assignment this device keeps (then the page shows none).
 * `assignmentPage` is the assignment page's path in the page's language (`/fr/assignment/`).
 */
export function bannerOf(record: ProgressRecord, search: string, assignmentPage: string): Banner | undefined {
	const context = assignmentContext(record, search);
	if (!context) return undefined;
	const list = contextChecklist(record, context);
	return {
		id: context.id,
		title: context.received.title,
		href: `${assignmentPage}#${context.received.fragment}`,
		done: list.done,
		total: list.rows.length,
	};
}
