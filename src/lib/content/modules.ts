import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { trackModules } from './module-index.ts';
import type { Track } from './tracks.ts';

/** All modules of one language and track, in order, straight from the content collection. */
export async function getTrackModules(locale: Locale, track: Track) {
	return trackModules(await getCollection('modules'), locale, track);
}
