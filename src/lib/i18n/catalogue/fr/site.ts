import type { Catalogue } from '../en/index.ts';

export const assign: Catalogue['assign'] = {
	title: 'Créer un devoir',
	intro:
		'Choisissez des modules, des quiz et des jeux de rôle, puis envoyez à vos apprenants un seul lien ou un code QR. Leurs résultats vous reviennent sous forme de codes de fin, à coller dans le bilan des résultats.',
};

export const cards: Catalogue['cards'] = {
	title: 'Fiches de rôle pour le jeu de rôle en direct',
	intro:
		'Imprimez-les pour le jeu de rôle en binôme : l’un prend la fiche de l’appelant, l’autre celle du conseiller, et personne ne lit celle de l’autre. Chaque scénario s’imprime sur sa propre page ; découpez le long des pointillés.',
	print: 'Imprimer les fiches',
	caller: 'Fiche de l’appelant',
	agent: 'Fiche du conseiller',
	goal: 'Ce que vous voulez :',
	playAlone: 'Jouer cet appel à l’écran',
	map: 'Carte de l’appel : toutes les tournures possibles, et le meilleur appel',
};

export const footer: Catalogue['footer'] = {
	privacy: 'Ni compte ni pistage : rien de ce que vous faites ici ne quitte votre appareil.',
	languages: 'Ce site dans d’autres langues',
	more: 'Plus',
};

export const glossary: Catalogue['glossary'] = {
	title: 'Glossaire',
	intro: 'Les mots du métier, en langage clair.',
	source: 'Source',
};

export const home: Catalogue['home'] = {
	title: 'Both Ends : de meilleurs appels, des deux côtés du fil',
	lead: 'Des leçons courtes et des mises en situation pour tous ceux qui vivent un appel au service client : le conseiller qui répond, la personne qui appelle, le formateur qui prépare l’équipe.',
	doors: 'Par où commencer ?',
	door: {
		agents: {
			title: 'Je débute au téléphone',
			text: 'Bien ouvrir un appel, bien utiliser la mise en attente, prendre le problème en charge.',
		},
		wellbeing: {
			title: 'Je veux me préserver',
			text: 'Laisser un appel difficile derrière soi, et savoir où s’arrête l’acceptable.',
		},
		callers: {
			title: 'J’appelle un service client',
			text: 'Être entendu en deux minutes, et savoir ce qu’un appel peut vous coûter.',
		},
		trainers: {
			title: 'Je forme une équipe',
			text: 'Organiser la première semaine et animer des jeux de rôle en binôme.',
		},
	},
};

export const lang: Catalogue['lang'] = {
	label: 'Langue',
	current: '(langue actuelle)',
};

export const module: Catalogue['module'] = {
	minutes: '{minutes} min',
	minutesLong: '{minutes} minutes de lecture',
	objectives: 'Dans ce module, vous allez',
	takeaways: 'À retenir',
	sources: 'Sources',
	pager: 'Dans le même parcours',
	prev: 'Précédent',
	next: 'Suivant',
	breadcrumb: 'Fil d’Ariane',
	practice: 'S’y exercer au téléphone',
	quizQuestions: { one: '{count} question', other: '{count} questions' },
	dialogue: 'Exemple commenté',
	readAloud: 'Lire à voix haute',
	readStop: 'Arrêter la lecture',
	readNoVoice: 'Cet appareil n’a pas de voix française intégrée : suivez l’échange dans la transcription ci-dessus.',
	ruleIn: 'La règle : {country}',
	checkLabel: 'Petite vérification (non notée)',
	checkButton: 'Vérifier ma réponse',
	checkRight: 'C’est juste. Lisez pourquoi sous chaque réponse.',
	checkPartly: 'En partie juste. Lisez les remarques sous les réponses ; cette question reviendra dans vos révisions.',
	checkWrong: 'Pas tout à fait. Lisez les remarques sous les réponses, puis réessayez ; cette question reviendra dans vos révisions.',
	checkChoose: 'Choisissez d’abord une réponse.',
	checkEarlier: 'Votre réponse précédente.',
	sayLabel: 'Dites-le mieux (non noté ; rien de ce que vous tapez ne quitte cet appareil)',
	sayYours: 'Votre version',
	sayCompare: 'Comparer',
	sayEmpty: 'Écrivez d’abord votre version, puis comparez.',
	sayClean: 'Aucune formule maladroite connue dans votre version. Comparez-la aux modèles ci-dessous.',
	sayFound: 'Votre version contient encore {phrases} : voyez les remarques ci-dessous.',
	sayQuote: '« {text} »',
	sayModels: 'Deux réponses modèles',
	sayChecklist: 'Votre version…',
	sayRate: 'Comment la vôtre se compare-t-elle ?',
	sayRateGood: 'Aussi bien que les modèles',
	sayRateClose: 'Presque',
	sayRateNotYet: 'Pas encore',
	toc: 'Sur cette page',
};

export const nav: Catalogue['nav'] = {
	label: 'Principal',
	agents: 'Conseillers',
	wellbeing: 'Bien-être',
	callers: 'Appelants',
	trainers: 'Formateurs',
	practice: 'S’entraîner',
	progress: 'Ma progression',
	menu: 'Menu',
};

export const notFound: Catalogue['notFound'] = {
	title: 'Page introuvable',
	text: 'Cette page n’existe pas ou a été déplacée. Repartez de l’accueil.',
	home: 'Aller à l’accueil',
	tracks: 'Ou partez d’un parcours',
};

export const paths: Catalogue['paths'] = {
	title: 'Parcours guidés',
	intro: 'Des modules, des quiz et des appels d’entraînement dans un ordre logique, avec votre avancement pour chacun.',
	size: {
		one: '{count} étape · environ {minutes} min',
		other: '{count} étapes · environ {minutes} min',
	},
	doneCount: '{done} sur {total} faits sur cet appareil',
	done: 'Fait',
	todo: 'À faire',
};

export const practice: Catalogue['practice'] = {
	title: 'Appels d’entraînement',
	intro:
		'Des jeux de rôle tirés de situations réelles. Vous choisissez quoi dire, l’autre personne réagit, et un bilan montre ce qui a marché et ce qui aurait été mieux. Les résultats restent sur cet appareil.',
	side: {
		agent: 'Vous êtes le conseiller',
		caller: 'Vous êtes l’appelant',
	},
	dimensions: 'Critères : {list}',
	best: 'Votre meilleur résultat : {percent}',
	notPlayed: 'Pas encore joué',
	teaches: 'À lire avant :',
	empty: 'Aucun appel d’entraînement pour l’instant.',
};

export const review: Catalogue['review'] = {
	title: 'Bilan des résultats',
	intro: 'Collez les codes de fin de vos apprenants pour voir qui a réussi quoi, puis exportez un CSV.',
};

export const root: Catalogue['root'] = {
	choose: 'Choisissez votre langue',
};

export const search: Catalogue['search'] = {
	open: 'Rechercher',
	shortcut: 'Ctrl K',
	label: 'Rechercher sur le site',
	placeholder: 'Attente, incivilités, remboursement…',
	submit: 'Rechercher',
	close: 'Fermer la recherche',
	loading: 'Chargement de la recherche…',
	prompt: 'Tapez au moins deux lettres.',
	empty: 'Aucun résultat pour « {query} ». Essayez un mot plus court ou différent.',
	count: {
		one: '{count} résultat pour « {query} »',
		other: '{count} résultats pour « {query} »',
	},
	more: 'Plus de résultats',
	error: 'La recherche n’a pas pu se charger. Rechargez la page, ou parcourez les parcours depuis le menu.',
	title: 'Recherche',
	intro: 'Cherchez dans tous les modules en français. Rien n’est envoyé : tout reste sur votre appareil.',
	filterTrack: 'Parcours',
	filterType: 'Type',
	any: 'Tous',
	noscript: 'La recherche nécessite JavaScript. Parcourez plutôt les modules depuis le menu.',
};

export const site: Catalogue['site'] = {
	name: 'Both Ends',
	tagline: 'L’appel téléphonique, appris des deux bouts du fil.',
};

export const skip: Catalogue['skip'] = {
	link: 'Aller au contenu',
};

export const sources: Catalogue['sources'] = {
	title: 'Sources',
	intro:
		'Toutes les sources citées par les modules, les outils et le guide des droits, avec la date de leur dernière vérification et les pages qui les citent. Les sources solides sont des lois, des autorités de régulation et des études évaluées par des pairs ; quand un module s’appuie sur des éléments plus fragiles, il le dit.',
	citedBy: 'Cité dans :',
	checked: '(vérifiée le {date})',
};

export const track: Catalogue['track'] = {
	agents: {
		title: 'Conseillers : l’art de l’appel',
		intro: 'Pour celles et ceux dont le métier est de répondre ou d’appeler. Chaque module se lit en quelques minutes.',
	},
	wellbeing: {
		title: 'Bien-être des conseillers',
		intro: 'Les appels fatiguent d’une manière que le planning ne montre pas. Ce qui aide, selon la recherche.',
	},
	callers: {
		title: 'Appelants : obtenir de l’aide',
		intro: 'Pour toute personne qui appelle un service client : se préparer, se faire entendre, connaître ses droits.',
	},
	trainers: {
		title: 'Formateurs',
		intro: 'Plans, exercices et grilles pour celles et ceux qui préparent une équipe au téléphone.',
	},
	modules: 'Modules',
	empty: 'Aucun module dans ce parcours pour l’instant.',
};

export const trainers: Catalogue['trainers'] = {
	tools: 'Outils pour les formateurs',
};

export const type: Catalogue['type'] = {
	module: 'Module',
	roleplay: 'Jeu de rôle',
	quiz: 'Quiz',
	page: 'Page',
	tool: 'Outil',
	path: 'Parcours guidé',
};
