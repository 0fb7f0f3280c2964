import type { Locale } from '../i18n/locales.ts';

/**
 * UI strings of quizzes: the island, the quiz pages and the quiz section of a module page.
 * `{name}` marks a placeholder, filled with `fill()`. A key missing in any language is a type
 * error, and `tests/unit/quiz/strings.test.ts` checks every language uses the same placeholders.
 */
export interface QuizStrings {
	// Pages
	/** Title of the quiz index page. */
	indexTitle: string;
	/** One line under the index page's title. */
	indexIntro: string;
	/** Title of a quiz's own page, so it is not mistaken for the module of the same name. */
	pageTitle: string;
	/** Link text from a quiz page to the index. */
	allQuizzes: string;
	/** Label before the module link(s) on a quiz page. */
	goesWith: string;
	/** Heading of the quiz section at the end of a module page. */
	moduleHeading: string;
	/** Link from that section to the quiz's own page. */
	ownPage: string;
	/** Number of questions, e.g. in the index. */
	questionCount: string;
	/** Mode labels and what each means. */
	practice: string;
	practiceHint: string;
	assessment: string;
	assessmentHint: string;
	passMark: string;
	/** Shown before the island runs (and instead of it without JavaScript). */
	needsJs: string;

	// Questions
	questionOf: string;
	hintSingle: string;
	hintMultiple: string;
	hintTrueFalse: string;
	hintOrder: string;
	hintMatch: string;
	hintSpot: string;
	hintBest: string;
	callerSays: string;
	true: string;
	false: string;
	moveUp: string;
	moveDown: string;
	/** Live announcement after a move. */
	moved: string;
	/** First entry of a match select. */
	choose: string;
	/** Between a label and what follows it ("Agent: …"); French puts a space before the colon. */
	colon: string;
	speakerAgent: string;
	speakerCaller: string;
	speakerNarrator: string;
	sureLegend: string;
	sureOptional: string;
	sure: string;
	unsure: string;
	check: string;
	next: string;
	seeResults: string;
	needChoice: string;
	needTick: string;
	needMatch: string;
	saved: string;

	// Feedback and review
	verdictRight: string;
	verdictPartly: string;
	verdictWrong: string;
	notAnswered: string;
	yourAnswer: string;
	rightAnswer: string;
	explanation: string;
	aboutYourChoice: string;
	creditBest: string;
	creditAcceptable: string;
	creditHarmful: string;
	spotFound: string;
	spotMissed: string;
	spotWrongFlag: string;
	noneChosen: string;
	youWereSure: string;
	youWereUnsure: string;

	// Results
	resultsHeading: string;
	scored: string;
	passed: string;
	notPassed: string;
	bestScore: string;
	lastScore: string;
	attemptsOne: string;
	attemptsMany: string;
	reviewHeading: string;
	questionN: string;
	calibrationHeading: string;
	calSureRight: string;
	calSureWrong: string;
	calUnsureRight: string;
	calUnsureWrong: string;
	calUnrated: string;
	calAdvice: string;
	calGood: string;
	calNone: string;
	retryMissed: string;
	startAgain: string;
	print: string;
	retrying: string;
	storageMemory: string;
	storageRecovered: string;
	/** The review screens are loaded on demand; shown if that fails (e.g. offline after an update). */
	loadFailed: string;
}

/** Strings only the pages use (quiz page, list, module section); the island never gets them. */
const pageKeys = [
	'indexTitle',
	'indexIntro',
	'pageTitle',
	'allQuizzes',
	'goesWith',
	'moduleHeading',
	'ownPage',
	'questionCount',
	'practice',
	'practiceHint',
	'assessment',
	'assessmentHint',
	'passMark',
	'needsJs',
] as const satisfies readonly (keyof QuizStrings)[];

/** The strings the island uses: everything but the pages' own. */
export type IslandStrings = Omit<QuizStrings, (typeof pageKeys)[number]>;

/** The island's strings out of one language's, so its props carry no more than it shows. */
export function islandStrings(strings: QuizStrings): IslandStrings {
	const copy: Partial<QuizStrings> = { ...strings };
	for (const key of pageKeys) delete copy[key];
	return copy as IslandStrings;
}

export const quizStrings: Record<Locale, QuizStrings> = {
	en: {
		indexTitle: 'Quizzes',
		indexIntro:
			'Check what you have learnt. Each quiz runs in your browser; results stay on this device.',
		pageTitle: 'Quiz: {title}',
		allQuizzes: 'All quizzes',
		goesWith: 'Goes with the module:',
		moduleHeading: 'Check what you learnt',
		ownPage: 'Open this quiz on its own page',
		questionCount: '{count} questions',
		practice: 'Practice',
		practiceHint: 'you see whether each answer is right as you go.',
		assessment: 'Assessment',
		assessmentHint: 'you see your results at the end.',
		passMark: 'Pass mark: {passMark}%',
		needsJs: 'This quiz runs in your browser and needs JavaScript.',

		questionOf: 'Question {n} of {total}',
		hintSingle: 'Choose one answer.',
		hintMultiple: 'Choose every answer that applies.',
		hintTrueFalse: 'True or false?',
		hintOrder: 'Put the steps in order with the Move up and Move down buttons.',
		hintMatch: 'Match each item with the right phrase.',
		hintSpot: 'Tick every line that is a mistake.',
		hintBest: 'Choose the best reply.',
		callerSays: 'The caller says:',
		true: 'True',
		false: 'False',
		moveUp: 'Move up',
		moveDown: 'Move down',
		moved: '“{item}” is now at position {position} of {total}.',
		choose: 'Choose…',
		colon: ':',
		speakerAgent: 'Agent',
		speakerCaller: 'Caller',
		speakerNarrator: 'Scene',
		sureLegend: 'How sure are you?',
		sureOptional: '(optional)',
		sure: 'Sure',
		unsure: 'Not sure',
		check: 'Check',
		next: 'Next question',
		seeResults: 'See results',
		needChoice: 'Choose an answer first.',
		needTick: 'Tick at least one first.',
		needMatch: 'Choose a match for every item first.',
		saved: 'Answer saved.',

		verdictRight: 'Right.',
		verdictPartly: 'Partly right: {percent}% of the credit.',
		verdictWrong: 'Not right.',
		notAnswered: 'Not answered',
		yourAnswer: 'Your answer',
		rightAnswer: 'Right answer',
		explanation: 'Why',
		aboutYourChoice: 'About your choice',
		creditBest: 'best reply',
		creditAcceptable: 'acceptable',
		creditHarmful: 'harmful',
		spotFound: 'Mistake you spotted',
		spotMissed: 'Mistake you missed',
		spotWrongFlag: 'You flagged this line, but it is not a mistake',
		noneChosen: 'nothing',
		youWereSure: 'You were sure.',
		youWereUnsure: 'You were not sure.',

		resultsHeading: 'Your results',
		scored: 'You scored {percent}%.',
		passed: 'Passed: the pass mark is {passMark}%.',
		notPassed: 'Not passed yet: the pass mark is {passMark}%.',
		bestScore: 'Your best: {percent}%',
		lastScore: 'Last attempt: {percent}% on {date}',
		attemptsOne: '1 attempt finished',
		attemptsMany: '{count} attempts finished',
		reviewHeading: 'Question by question',
		questionN: 'Question {n}',
		calibrationHeading: 'How sure you were',
		calSureRight: 'Sure and right: {count}',
		calSureWrong: 'Sure but wrong: {count}',
		calUnsureRight: 'Not sure, but right: {count}',
		calUnsureWrong: 'Not sure, and wrong: {count}',
		calUnrated: 'Not rated: {count}',
		calAdvice:
			'“Sure but wrong” is the pattern to fix: those are the answers you would give a caller with confidence. Look again at:',
		calGood: 'You were never sure of a wrong answer: your confidence matches what you know.',
		calNone: 'You did not say how sure you were, so there is nothing to compare.',
		retryMissed: 'Retry the ones I missed',
		startAgain: 'Start again',
		print: 'Print the results',
		retrying: 'Retrying the {count} questions you missed; the others keep their answers.',
		storageMemory:
			'This browser is not keeping data, so your answers will be lost when you close the tab.',
		storageRecovered:
			'Progress saved on this device could not be read. It was set aside and this quiz starts afresh.',
		loadFailed:
			'The feedback could not be loaded. Your answers are saved: reload the page to see it.',
	},
	fr: {
		indexTitle: 'Quiz',
		indexIntro:
			'Vérifiez vos acquis. Chaque quiz fonctionne dans votre navigateur ; les résultats restent sur cet appareil.',
		pageTitle: 'Quiz : {title}',
		allQuizzes: 'Tous les quiz',
		goesWith: 'Accompagne le module :',
		moduleHeading: 'Vérifiez vos acquis',
		ownPage: 'Ouvrir ce quiz sur sa propre page',
		questionCount: '{count} questions',
		practice: 'Entraînement',
		practiceHint: 'vous savez après chaque réponse si elle est juste.',
		assessment: 'Évaluation',
		assessmentHint: 'vous voyez vos résultats à la fin.',
		passMark: 'Seuil de réussite : {passMark} %',
		needsJs: 'Ce quiz fonctionne dans votre navigateur et a besoin de JavaScript.',

		questionOf: 'Question {n} sur {total}',
		hintSingle: 'Choisissez une réponse.',
		hintMultiple: 'Choisissez toutes les réponses qui conviennent.',
		hintTrueFalse: 'Vrai ou faux ?',
		hintOrder: 'Remettez les étapes dans l’ordre avec les boutons Monter et Descendre.',
		hintMatch: 'Associez chaque élément à la bonne phrase.',
		hintSpot: 'Cochez chaque ligne qui est une erreur.',
		hintBest: 'Choisissez la meilleure réponse.',
		callerSays: 'L’appelant dit :',
		true: 'Vrai',
		false: 'Faux',
		moveUp: 'Monter',
		moveDown: 'Descendre',
		moved: '« {item} » est maintenant en position {position} sur {total}.',
		choose: 'Choisir…',
		colon: ' :',
		speakerAgent: 'Conseiller',
		speakerCaller: 'Client',
		speakerNarrator: 'Scène',
		sureLegend: 'Êtes-vous sûr de votre réponse ?',
		sureOptional: '(facultatif)',
		sure: 'Sûr',
		unsure: 'Pas sûr',
		check: 'Vérifier',
		next: 'Question suivante',
		seeResults: 'Voir les résultats',
		needChoice: 'Choisissez d’abord une réponse.',
		needTick: 'Cochez d’abord au moins une case.',
		needMatch: 'Choisissez d’abord une association pour chaque élément.',
		saved: 'Réponse enregistrée.',

		verdictRight: 'Juste.',
		verdictPartly: 'En partie juste : {percent} % des points.',
		verdictWrong: 'Pas juste.',
		notAnswered: 'Sans réponse',
		yourAnswer: 'Votre réponse',
		rightAnswer: 'Bonne réponse',
		explanation: 'Pourquoi',
		aboutYourChoice: 'À propos de votre choix',
		creditBest: 'meilleure réponse',
		creditAcceptable: 'acceptable',
		creditHarmful: 'nuisible',
		spotFound: 'Erreur repérée',
		spotMissed: 'Erreur manquée',
		spotWrongFlag: 'Vous avez coché cette ligne, mais ce n’est pas une erreur',
		noneChosen: 'rien',
		youWereSure: 'Vous étiez sûr.',
		youWereUnsure: 'Vous n’étiez pas sûr.',

		resultsHeading: 'Vos résultats',
		scored: 'Votre score : {percent} %.',
		passed: 'Réussi : le seuil est de {passMark} %.',
		notPassed: 'Pas encore réussi : le seuil est de {passMark} %.',
		bestScore: 'Votre meilleur score : {percent} %',
		lastScore: 'Dernière tentative : {percent} % le {date}',
		attemptsOne: '1 tentative terminée',
		attemptsMany: '{count} tentatives terminées',
		reviewHeading: 'Question par question',
		questionN: 'Question {n}',
		calibrationHeading: 'Votre degré de certitude',
		calSureRight: 'Sûr et juste : {count}',
		calSureWrong: 'Sûr mais faux : {count}',
		calUnsureRight: 'Pas sûr, mais juste : {count}',
		calUnsureWrong: 'Pas sûr, et faux : {count}',
		calUnrated: 'Sans avis : {count}',
		calAdvice:
			'« Sûr mais faux », c’est le réflexe à corriger : ce sont les réponses que vous donneriez avec assurance à un client. Revoyez :',
		calGood:
			'Vous n’avez jamais été sûr d’une réponse fausse : votre assurance correspond à ce que vous savez.',
		calNone: 'Vous n’avez pas indiqué votre degré de certitude : rien à comparer.',
		retryMissed: 'Refaire les questions manquées',
		startAgain: 'Recommencer',
		print: 'Imprimer les résultats',
		retrying: 'Vous refaites les {count} questions manquées ; les autres gardent leur réponse.',
		storageMemory:
			'Ce navigateur ne conserve pas de données : vos réponses seront perdues à la fermeture de l’onglet.',
		storageRecovered:
			'La progression enregistrée sur cet appareil était illisible. Elle a été mise de côté et ce quiz repart de zéro.',
		loadFailed:
			'Le retour n’a pas pu être chargé. Vos réponses sont enregistrées : rechargez la page pour le voir.',
	},
	it: {
		indexTitle: 'Quiz',
		indexIntro:
			'Verifichi quanto ha imparato. Ogni quiz funziona nel Suo browser; i risultati restano su questo dispositivo.',
		pageTitle: 'Quiz: {title}',
		allQuizzes: 'Tutti i quiz',
		goesWith: 'Accompagna il modulo:',
		moduleHeading: 'Verifichi quanto ha imparato',
		ownPage: 'Apra questo quiz nella sua pagina',
		questionCount: '{count} domande',
		practice: 'Allenamento',
		practiceHint: 'dopo ogni risposta vede se è giusta.',
		assessment: 'Valutazione',
		assessmentHint: 'vede i risultati alla fine.',
		passMark: 'Soglia per superarlo: {passMark}%',
		needsJs: 'Questo quiz funziona nel Suo browser e richiede JavaScript.',

		questionOf: 'Domanda {n} di {total}',
		hintSingle: 'Scelga una risposta.',
		hintMultiple: 'Scelga tutte le risposte giuste.',
		hintTrueFalse: 'Vero o falso?',
		hintOrder: 'Metta i passaggi in ordine con i pulsanti Su e Giù.',
		hintMatch: 'Abbini ogni elemento alla frase giusta.',
		hintSpot: 'Spunti ogni riga che è un errore.',
		hintBest: 'Scelga la risposta migliore.',
		callerSays: 'Chi chiama dice:',
		true: 'Vero',
		false: 'Falso',
		moveUp: 'Su',
		moveDown: 'Giù',
		moved: '«{item}» è ora in posizione {position} di {total}.',
		choose: 'Scelga…',
		colon: ':',
		speakerAgent: 'Operatore',
		speakerCaller: 'Cliente',
		speakerNarrator: 'Scena',
		sureLegend: 'Quanto è sicuro della risposta?',
		sureOptional: '(facoltativo)',
		sure: 'Sicuro',
		unsure: 'Non sicuro',
		check: 'Verifica',
		next: 'Domanda successiva',
		seeResults: 'Vedi i risultati',
		needChoice: 'Scelga prima una risposta.',
		needTick: 'Spunti prima almeno una casella.',
		needMatch: 'Scelga prima un abbinamento per ogni elemento.',
		saved: 'Risposta salvata.',

		verdictRight: 'Giusto.',
		verdictPartly: 'In parte giusto: {percent}% del punteggio.',
		verdictWrong: 'Non è giusto.',
		notAnswered: 'Senza risposta',
		yourAnswer: 'La Sua risposta',
		rightAnswer: 'Risposta giusta',
		explanation: 'Perché',
		aboutYourChoice: 'Sulla Sua scelta',
		creditBest: 'risposta migliore',
		creditAcceptable: 'accettabile',
		creditHarmful: 'dannosa',
		spotFound: 'Errore individuato',
		spotMissed: 'Errore sfuggito',
		spotWrongFlag: 'Ha segnato questa riga, ma non è un errore',
		noneChosen: 'nulla',
		youWereSure: 'Era sicuro.',
		youWereUnsure: 'Non era sicuro.',

		resultsHeading: 'I Suoi risultati',
		scored: 'Il Suo punteggio: {percent}%.',
		passed: 'Superato: la soglia è {passMark}%.',
		notPassed: 'Non ancora superato: la soglia è {passMark}%.',
		bestScore: 'Il Suo punteggio migliore: {percent}%',
		lastScore: 'Ultimo tentativo: {percent}% il {date}',
		attemptsOne: '1 tentativo concluso',
		attemptsMany: '{count} tentativi conclusi',
		reviewHeading: 'Domanda per domanda',
		questionN: 'Domanda {n}',
		calibrationHeading: 'Quanto era sicuro',
		calSureRight: 'Sicuro e giusto: {count}',
		calSureWrong: 'Sicuro ma sbagliato: {count}',
		calUnsureRight: 'Non sicuro, ma giusto: {count}',
		calUnsureWrong: 'Non sicuro, e sbagliato: {count}',
		calUnrated: 'Senza indicazione: {count}',
		calAdvice:
			'«Sicuro ma sbagliato» è lo schema da correggere: sono le risposte che darebbe con sicurezza a un cliente. Riveda:',
		calGood:
			'Non è mai stato sicuro di una risposta sbagliata: la Sua sicurezza corrisponde a ciò che sa.',
		calNone: 'Non ha indicato quanto era sicuro, quindi non c’è nulla da confrontare.',
		retryMissed: 'Riprovi le domande sbagliate',
		startAgain: 'Ricominci da capo',
		print: 'Stampi i risultati',
		retrying: 'Sta riprovando le {count} domande sbagliate; le altre mantengono la risposta.',
		storageMemory:
			'Questo browser non conserva dati: le Sue risposte andranno perse alla chiusura della scheda.',
		storageRecovered:
			'I progressi salvati su questo dispositivo erano illeggibili. Sono stati messi da parte e il quiz riparte da zero.',
		loadFailed:
			'Non è stato possibile caricare il commento. Le risposte sono salvate: ricarichi la pagina per vederlo.',
	},
};
