/**
 * "Checked on" dates of cited sources (issue 13): which sources nobody has re-checked for more than
 * 12 months, and which carry no date at all. `scripts/check-fact-dates.ts` (`npm run facts`) reads
 * the content files and prints this as a report; nothing here fails a build.
 */
import { parse } from 'yaml';
import { calendarDay } from './calendar-day.ts';

/** One source as a content file cites it. */
export interface FactSource {
	/** The citing file, relative to the project (`src/content/modules/en/callers/x.mdx`). */
	file: string;
	/** What the reader sees; a glossary source has none, so its term id stands in. */
	title: string;
	url: string;
	/** YYYY-MM-DD of the last check, when the entry has one. */
	checked?: string;
}

/**
 * Hosts of law and regulator sites (and official registers): a source there states a rule a
 * caller or agent acts on, so it must carry a `checked` date (`undatedRuleSources`; a content
 * test holds the content to it). Sources elsewhere (studies, press) are reported when undated but
 * not required to be dated.
 */
export const RULE_HOSTS = [
	'legifrance.gouv.fr',
	'service-public.fr',
	'economie.gouv.fr',
	'arcep.fr',
	'cnil.fr',
	'bloctel.gouv.fr',
	'vie-publique.fr',
	'agcom.it',
	'normattiva.it',
	'gazzettaufficiale.it',
	'garanteprivacy.it',
	'registrodelleopposizioni.it',
	'mimit.gov.it',
	'crtc.gc.ca',
	'canada.ca',
	'justice.gc.ca',
	'laws-lois.justice.gc.ca',
	'lnnte-dncl.gc.ca',
	'priv.gc.ca',
	'opc.gouv.qc.ca',
	'legisquebec.gouv.qc.ca',
	'ofcom.org.uk',
	'ico.org.uk',
	'legislation.gov.uk',
	'gov.uk',
	'tpsonline.org.uk',
	'ftc.gov',
	'fcc.gov',
	'donotcall.gov',
	'ecfr.gov',
	'eur-lex.europa.eu',
	'europa.eu',
] as const;

/** Whether `url` is on a law or regulator site (`RULE_HOSTS`, subdomains included). */
export function isRuleSource(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return false;
	}
	return RULE_HOSTS.some((rule) => host === rule || host.endsWith(`.${rule}`));
}

/** Sources on law and regulator sites with no `checked` date: each must be verified and dated. */
export function undatedRuleSources<T extends FactSource>(entries: readonly T[]): T[] {
	return undatedSources(entries).filter((entry) => isRuleSource(entry.url));
}

/** How many months a check stays fresh. */
export const FRESH_MONTHS = 12;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day `months` calendar months before `today` (both YYYY-MM-DD), clamped to the month's
 * last day: 12 months before 2028-02-29 is 2027-02-28.
 */
export function monthsBefore(today: string, months: number): string {
	const match = isoDay.exec(today);
	if (!match) throw new Error(`"${today}" is not a YYYY-MM-DD date`);
	const total = Number(match[1]) * 12 + (Number(match[2]) - 1) - months;
	const year = Math.floor(total / 12);
	const month = total - year * 12; // 0-11
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const day = Math.min(Number(match[3]), lastDay);
	return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The sources whose `checked` date is more than 12 months before `today` (YYYY-MM-DD), oldest
 * first. A source checked exactly 12 months ago is still fresh; undated sources are not listed
 * here (see `undatedSources`).
 */
export function staleSources<T extends FactSource>(entries: readonly T[], today: string): T[] {
	const cutoff = monthsBefore(today, FRESH_MONTHS);
	return entries
		.filter((entry) => entry.checked !== undefined && entry.checked < cutoff)
		.sort((a, b) => (a.checked ?? '').localeCompare(b.checked ?? '') || a.file.localeCompare(b.file));
}

/** The sources with no `checked` date, in the order given. */
export function undatedSources<T extends FactSource>(entries: readonly T[]): T[] {
	return entries.filter((entry) => entry.checked === undefined);
}

/** Entries grouped by citing file, files in path order, entries in their order within a file. */
export function groupByFile<T extends FactSource>(entries: readonly T[]): [file: string, entries: T[]][] {
	const byFile = new Map<string, T[]>();
	for (const entry of entries) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
	return [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** A source entry as YAML gives it; anything else is ignored (the build's schemas judge shape). */
function toFactSource(file: string, raw: unknown, fallbackTitle: string): FactSource | undefined {
	if (typeof raw === 'string') return { file, title: fallbackTitle, url: raw };
	if (!raw || typeof raw !== 'object') return undefined;
	const { title, url, checked } = raw as Record<string, unknown>;
	if (typeof url !== 'string') return undefined;
	const day = calendarDay(checked);
	return { file, title: typeof title === 'string' ? title : fallbackTitle, url, ...(typeof day === 'string' ? { checked: day } : {}) };
}

/** The `sources` of a module or tool page's frontmatter (`---` YAML `---` at the top of `text`). */
export function frontmatterSources(file: string, text: string): FactSource[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) return [];
	const sources = (parse(match[1] ?? '') as { sources?: unknown } | null)?.sources;
	return (Array.isArray(sources) ? sources : []).flatMap((raw: unknown, index) => toFactSource(file, raw, `source ${index + 1}`) ?? []);
}

/**
 * The glossary's sources: each term's `source`, a bare URL (no date yet) or, should the glossary
 * adopt the modules' source shape, an object with `url` and `checked`; the term id stands in for
 * a missing title.
 */
export function glossarySources(file: string, text: string): FactSource[] {
	const terms = (parse(text) as { terms?: unknown } | null)?.terms;
	return (Array.isArray(terms) ? terms : []).flatMap((term: unknown) => {
		if (!term || typeof term !== 'object') return [];
		const { id, source, sources } = term as Record<string, unknown>;
		const list: unknown[] = Array.isArray(sources) ? sources : source === undefined ? [] : [source];
		return list.flatMap((raw) => toFactSource(file, raw, `term "${String(id)}"`) ?? []);
	});
}

/**
 * The sources of a rights finder country file (`src/content/rights/<country>.yaml`), each answer's
 * named by its topic when a title is missing; plus each answer's own `checked` date, as an entry
 * whose URL is the answer's place in the finder (the whole answer was checked that day).
 */
export function rightsSources(file: string, text: string): FactSource[] {
	const data = parse(text) as { id?: unknown; answers?: unknown } | null;
	const answers = Array.isArray(data?.answers) ? data.answers : [];
	return answers.flatMap((answer: unknown) => {
		if (!answer || typeof answer !== 'object') return [];
		const { topic, sources, checked } = answer as Record<string, unknown>;
		const own = toFactSource(
			file,
			{ title: `answer "${String(topic)}"`, url: `/rights/${String(data?.id)}/#${String(data?.id)}-${String(topic)}`, checked },
			'',
		);
		const cited = (Array.isArray(sources) ? sources : []).flatMap(
			(raw: unknown) => toFactSource(file, raw, `answer "${String(topic)}"`) ?? [],
		);
		return [...(own ? [own] : []), ...cited];
	});
}

/** The report's lines: stale sources, then undated ones, each grouped by file with counts. */
export function factDatesReport(entries: readonly FactSource[], today: string): string[] {
	const cutoff = monthsBefore(today, FRESH_MONTHS);
	const stale = staleSources(entries, today);
	const undated = undatedSources(entries);
	const undatedRules = undatedRuleSources(entries);
	const files = new Set(entries.map((entry) => entry.file)).size;
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	const section = (heading: string, list: readonly FactSource[], line: (entry: FactSource) => string): string[] => {
		const groups = groupByFile(list);
		return [
			'',
			`${heading}: ${plural(list.length, 'source')} in ${plural(groups.length, 'file')}`,
			...groups.flatMap(([file, inFile]) => [`  ${file} (${inFile.length})`, ...inFile.map((entry) => `    - ${line(entry)}`)]),
		];
	};
	return [
		`Fact dates on ${today}: ${plural(entries.length, 'source')} cited in ${plural(files, 'file')}; ${entries.length - undated.length} dated, ${stale.length} stale, ${undated.length} undated.`,
		`A source is stale when it was last checked before ${cutoff} (more than ${FRESH_MONTHS} months ago).`,
		...section('Stale (re-check these)', stale, (entry) => `${entry.checked}  ${entry.title} <${entry.url}>`),
		...section(
			'Rules with no date (law and regulator sites: verify, then add `checked: YYYY-MM-DD`)',
			undatedRules,
			(entry) => `${entry.title} <${entry.url}>`,
		),
		...section('Undated (add `checked: YYYY-MM-DD` once verified)', undated, (entry) => `${entry.title} <${entry.url}>`),
	];
}
