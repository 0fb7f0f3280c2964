import { tracks } from '../../lib/content/tracks';
import type { Locale } from '../../lib/i18n/locales';
import { catalogues } from '../../lib/i18n/catalogue/index.ts';
import { useTranslations } from '../../lib/i18n/translate';

/** The few strings the search script needs, handed to it through a `data-labels` attribute. */
export function searchLabels(locale: Locale): Record<string, string> {
	const t = useTranslations(locale);
	return {
		prompt: t('search.prompt'),
		loading: t('search.loading'),
		empty: t('search.empty'),
		locale,
		'count.one': catalogues[locale].search.count.one,
		'count.other': catalogues[locale].search.count.other,
		error: t('search.error'),
		more: t('search.more'),
		'type.module': t('type.module'),
		'type.roleplay': t('type.roleplay'),
		'type.quiz': t('type.quiz'),
		'type.page': t('type.page'),
		'type.tool': t('type.tool'),
		'type.path': t('type.path'),
		...Object.fromEntries(tracks.map((track) => [`track.${track}`, t(`nav.${track}`)])),
	};
}
