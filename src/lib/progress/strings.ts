import type { Locale } from '../i18n/locales.ts';

/** UI strings of the My progress page and the module "read" marker. */
export interface ProgressStrings {
	empty: string;
	continueTitle: string;
	continueNext: string;
	tracks: string;
	paths: string;
	modulesRead: string;
	quizzes: string;
	roleplays: string;
	best: string;
	passed: string;
	notPassed: string;
	notStarted: string;
	assignments: string;
	noAssignments: string;
	openAssignment: string;
	assignmentProgress: string;
	receivedOn: string;
	yourData: string;
	exportButton: string;
	importLabel: string;
	importPreview: string;
	importConfirm: string;
	importCancel: string;
	importDone: string;
	importBad: string;
	deleteButton: string;
	deleteConfirm: string;
	deleteDone: string;
	recovered: string;
	downloadBackup: string;
	discardBackup: string;
	memoryOnly: string;
	privacy: string;
	markRead: string;
	readOn: string;
}

export const progressStrings: Record<Locale, ProgressStrings> = {
	en: {
		empty: 'Nothing yet. Read a module, take a quiz or play a call, and it shows up here.',
		continueTitle: 'Continue where you left off',
		continueNext: 'Next: {title}',
		tracks: 'By track',
		paths: 'Learning paths',
		modulesRead: '{done} of {total} modules read',
		quizzes: 'Quizzes',
		roleplays: 'Practice calls',
		best: 'Best: {score}',
		passed: 'passed',
		notPassed: 'not passed yet',
		notStarted: 'not started',
		assignments: 'Assignments from your trainer',
		noAssignments: 'No assignments yet. When a trainer sends you a link, it appears here.',
		openAssignment: 'Open “{title}”',
		assignmentProgress: '{done} of {total} done',
		receivedOn: 'received {date}',
		yourData: 'Your data',
		exportButton: 'Export my progress',
		importLabel: 'Import a progress file',
		importPreview: 'This file holds {modules} modules read, {quizzes} quizzes, {roleplays} practice calls and {assignments} assignments. Importing replaces what is on this device now.',
		importConfirm: 'Replace my progress',
		importCancel: 'Cancel',
		importDone: 'Progress imported.',
		importBad: 'This file is not a Both Ends progress file, or it is damaged. Nothing was changed.',
		deleteButton: 'Delete everything',
		deleteConfirm: 'Delete all progress on this device? This cannot be undone. Export it first if you may want it back.',
		deleteDone: 'Everything was deleted from this device.',
		recovered: 'Your saved progress could not be read (it may have been damaged), so you are starting afresh. A copy of the old data was kept: download it before you discard it, and send it to the site’s maintainers if you want it looked at.',
		downloadBackup: 'Download the old data',
		discardBackup: 'Discard the old data',
		memoryOnly: 'This browser is not letting the site store data (private browsing, or storage full). Everything works, but your progress will be gone when you close this tab. Export it to keep it.',
		privacy: 'All of this is stored in this browser only. Nothing is sent anywhere.',
		markRead: 'Mark as read',
		readOn: 'Read ✓',
	},
	fr: {
		empty: 'Rien pour l’instant. Lisez un module, faites un quiz ou jouez un appel : ils apparaîtront ici.',
		continueTitle: 'Reprendre où vous en étiez',
		continueNext: 'Ensuite : {title}',
		tracks: 'Par parcours',
		paths: 'Parcours guidés',
		modulesRead: '{done} modules lus sur {total}',
		quizzes: 'Quiz',
		roleplays: 'Appels d’entraînement',
		best: 'Meilleur : {score}',
		passed: 'réussi',
		notPassed: 'pas encore réussi',
		notStarted: 'pas commencé',
		assignments: 'Devoirs de votre formateur',
		noAssignments: 'Aucun devoir pour l’instant. Quand un formateur vous envoie un lien, il apparaît ici.',
		openAssignment: 'Ouvrir « {title} »',
		assignmentProgress: '{done} sur {total} faits',
		receivedOn: 'reçu le {date}',
		yourData: 'Vos données',
		exportButton: 'Exporter ma progression',
		importLabel: 'Importer un fichier de progression',
		importPreview: 'Ce fichier contient {modules} modules lus, {quizzes} quiz, {roleplays} appels d’entraînement et {assignments} devoirs. L’importer remplace ce qui se trouve sur cet appareil.',
		importConfirm: 'Remplacer ma progression',
		importCancel: 'Annuler',
		importDone: 'Progression importée.',
		importBad: 'Ce fichier n’est pas un fichier de progression Both Ends, ou il est abîmé. Rien n’a été modifié.',
		deleteButton: 'Tout effacer',
		deleteConfirm: 'Effacer toute la progression de cet appareil ? C’est définitif. Exportez-la d’abord si vous pourriez en avoir besoin.',
		deleteDone: 'Tout a été effacé de cet appareil.',
		recovered: 'Votre progression enregistrée était illisible (elle a peut-être été abîmée) : vous repartez de zéro. Une copie des anciennes données a été gardée : téléchargez-la avant de l’effacer, et envoyez-la aux responsables du site si vous voulez qu’ils l’examinent.',
		downloadBackup: 'Télécharger les anciennes données',
		discardBackup: 'Effacer les anciennes données',
		memoryOnly: 'Ce navigateur n’autorise pas le site à enregistrer des données (navigation privée ou stockage plein). Tout fonctionne, mais votre progression disparaîtra à la fermeture de l’onglet. Exportez-la pour la garder.',
		privacy: 'Tout cela est enregistré dans ce navigateur uniquement. Rien n’est envoyé.',
		markRead: 'Marquer comme lu',
		readOn: 'Lu ✓',
	},
	it: {
		empty: 'Ancora niente. Legga un modulo, faccia un quiz o giochi una chiamata: comparirà qui.',
		continueTitle: 'Riprenda da dove era rimasto',
		continueNext: 'Prossimo: {title}',
		tracks: 'Per percorso',
		paths: 'Percorsi guidati',
		modulesRead: '{done} moduli letti su {total}',
		quizzes: 'Quiz',
		roleplays: 'Chiamate di prova',
		best: 'Migliore: {score}',
		passed: 'superato',
		notPassed: 'non ancora superato',
		notStarted: 'non iniziato',
		assignments: 'Compiti del Suo formatore',
		noAssignments: 'Ancora nessun compito. Quando un formatore Le invia un link, compare qui.',
		openAssignment: 'Apri «{title}»',
		assignmentProgress: '{done} su {total} fatti',
		receivedOn: 'ricevuto il {date}',
		yourData: 'I Suoi dati',
		exportButton: 'Esporta i miei progressi',
		importLabel: 'Importa un file di progressi',
		importPreview: 'Questo file contiene {modules} moduli letti, {quizzes} quiz, {roleplays} chiamate di prova e {assignments} compiti. Importarlo sostituisce quanto c’è ora su questo dispositivo.',
		importConfirm: 'Sostituisci i miei progressi',
		importCancel: 'Annulla',
		importDone: 'Progressi importati.',
		importBad: 'Questo file non è un file di progressi di Both Ends, oppure è danneggiato. Non è stato cambiato nulla.',
		deleteButton: 'Cancella tutto',
		deleteConfirm: 'Cancellare tutti i progressi da questo dispositivo? Non si può annullare. Li esporti prima, se potrebbero servirLe.',
		deleteDone: 'Tutto è stato cancellato da questo dispositivo.',
		recovered: 'Non è stato possibile leggere i progressi salvati (forse erano danneggiati), quindi riparte da zero. È stata conservata una copia dei vecchi dati: la scarichi prima di eliminarla, e la invii ai responsabili del sito se vuole che la esaminino.',
		downloadBackup: 'Scarica i vecchi dati',
		discardBackup: 'Elimina i vecchi dati',
		memoryOnly: 'Questo browser non consente al sito di salvare dati (navigazione privata o memoria piena). Tutto funziona, ma i progressi andranno persi alla chiusura della scheda. Li esporti per conservarli.',
		privacy: 'Tutto questo è salvato solo in questo browser. Nulla viene inviato.',
		markRead: 'Segna come letto',
		readOn: 'Letto ✓',
	},
};
