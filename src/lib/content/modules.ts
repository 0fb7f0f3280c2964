import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { trackModules } from './module-index';
import type { Track } from './tracks';

/** All modules of one language and track, in order, straight from the content collection. */
export async function getTrackModules(locale: Locale, track: Track) {
	return trackModules(await getCollection('modules'), locale, track);
}
