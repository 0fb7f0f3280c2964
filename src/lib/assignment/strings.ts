import type { Locale } from '../i18n/locales.ts';

/** UI strings of the assignment builder, the landing page and the results review. */
export interface AssignmentStrings {
	kinds: Record<'module' | 'quiz' | 'roleplay' | 'path', string>;
	// Builder
	pickLegend: string;
	filterLabel: string;
	filterNone: string;
	selectedCount: string;
	titleLabel: string;
	titleDefault: string;
	dueLabel: string;
	passMarkLabel: string;
	noteLabel: string;
	create: string;
	needItems: string;
	needTitle: string;
	linkLabel: string;
	copy: string;
	copied: string;
	copyFailed: string;
	print: string;
	qrLabel: string;
	tooLong: string;
	privacyBuilder: string;
	// Landing
	loading: string;
	badEmpty: string;
	badTooLong: string;
	badMalformed: string;
	badInvalid: string;
	goHome: string;
	unknownItems: string;
	fromTrainer: string;
	due: string;
	overdue: string;
	passMark: string;
	checklist: string;
	done: string;
	todo: string;
	progressCount: string;
	savedHere: string;
	notSavedHere: string;
	finishTitle: string;
	finishLocked: string;
	nameLabel: string;
	makeCode: string;
	needName: string;
	codeLabel: string;
	download: string;
	certificate: string;
	certificateText: string;
	honesty: string;
	// Review
	pasteLabel: string;
	pasteHint: string;
	loadFile: string;
	readCodes: string;
	lineError: string;
	codeErrors: Record<'empty' | 'too-long' | 'not-a-code' | 'checksum' | 'malformed' | 'invalid', string>;
	mergedNote: string;
	noCodes: string;
	tableCaption: string;
	learner: string;
	assignment: string;
	result: string;
	passed: string;
	failed: string;
	read: string;
	sortBy: string;
	exportCsv: string;
	reviewPrivacy: string;
	tooManyLines: string;
}

export const assignmentStrings: Record<Locale, AssignmentStrings> = {
	en: {
		kinds: { module: 'Module', quiz: 'Quiz', roleplay: 'Role-play', path: 'Path' },
		pickLegend: 'What should they do?',
		filterLabel: 'Filter the list',
		filterNone: 'Nothing matches “{query}”.',
		selectedCount: '{count} selected',
		titleLabel: 'Title',
		titleDefault: 'First week on the phones',
		dueLabel: 'Due date (optional)',
		passMarkLabel: 'Pass mark for quizzes and role-plays (%)',
		noteLabel: 'Note to learners (optional)',
		create: 'Create the link',
		needItems: 'Pick at least one item.',
		needTitle: 'Give the assignment a title.',
		linkLabel: 'Assignment link',
		copy: 'Copy the link',
		copied: 'Link copied.',
		copyFailed: 'Could not copy. Select the link and copy it by hand.',
		print: 'Print',
		qrLabel: 'QR code of the assignment link',
		tooLong: 'This link is too long for a QR code. Remove at least {count} item(s), or shorten the note.',
		privacyBuilder: 'The assignment travels inside the link, after the #: it never reaches a server log, and nothing is stored anywhere but on your learners’ devices.',
		loading: 'Opening the assignment…',
		badEmpty: 'This page needs an assignment link from a trainer. Ask your trainer to send it again.',
		badTooLong: 'This assignment link is too long to be one of ours. Ask your trainer to send it again.',
		badMalformed: 'This assignment link is damaged (perhaps cut off when it was copied). Ask your trainer to send it again.',
		badInvalid: 'This assignment link cannot be read: it holds nothing this site knows. Ask your trainer for a new one.',
		goHome: 'Go to the home page',
		unknownItems: 'These items are not on this site (any more) and were left out: {items}',
		fromTrainer: 'Note from your trainer',
		due: 'Due {date}',
		overdue: 'Was due {date}',
		passMark: 'Pass mark: {mark}%',
		checklist: 'Your checklist',
		done: 'Done',
		todo: 'To do',
		progressCount: '{done} of {total} done',
		savedHere: 'This assignment is saved on this device; find it again under My progress.',
		notSavedHere: 'This browser is not keeping data: keep this link to come back to the assignment.',
		finishTitle: 'Send your results',
		finishLocked: 'When every item is done, you can make a completion code for your trainer here.',
		nameLabel: 'Your name, as your trainer knows you',
		makeCode: 'Make my completion code',
		needName: 'Type your name first.',
		codeLabel: 'Your completion code',
		download: 'Download as a file',
		certificate: 'Certificate of completion',
		certificateText: '{name} completed “{title}” on {date}.',
		honesty: 'The code has a checksum that catches typing mistakes, but it is not signed: anyone could make one. For results that must be trusted, use your organisation’s learning platform.',
		pasteLabel: 'Completion codes, one per line',
		pasteHint: 'Paste the codes your learners sent, or load a text file of them.',
		loadFile: 'Load a text file',
		readCodes: 'Read the codes',
		lineError: 'Line {line}: {error}',
		codeErrors: {
			empty: 'empty',
			'too-long': 'too long to be a completion code.',
			'not-a-code': 'not a completion code (they start with BE1-).',
			checksum: 'the checksum does not match: the code was changed or mistyped. Ask for it again.',
			malformed: 'damaged code. Ask for it again.',
			invalid: 'the code is complete but its content is not valid.',
		},
		mergedNote: '{count} repeated code(s) from the same learner were merged.',
		noCodes: 'No codes read yet.',
		tableCaption: 'Results',
		learner: 'Learner',
		assignment: 'Assignment',
		result: 'Result',
		passed: 'Passed',
		failed: 'Not passed',
		read: 'read',
		sortBy: 'Sort by {column}',
		exportCsv: 'Download CSV',
		reviewPrivacy: 'Codes are read in this browser only: nothing is uploaded.',
		tooManyLines: 'Only the first {count} lines were read.',
	},
	fr: {
		kinds: { module: 'Module', quiz: 'Quiz', roleplay: 'Jeu de rôle', path: 'Parcours' },
		pickLegend: 'Que doivent-ils faire ?',
		filterLabel: 'Filtrer la liste',
		filterNone: 'Rien ne correspond à « {query} ».',
		selectedCount: '{count} sélectionné(s)',
		titleLabel: 'Titre',
		titleDefault: 'Première semaine au téléphone',
		dueLabel: 'Date limite (facultative)',
		passMarkLabel: 'Seuil de réussite des quiz et jeux de rôle (%)',
		noteLabel: 'Message aux apprenants (facultatif)',
		create: 'Créer le lien',
		needItems: 'Choisissez au moins un élément.',
		needTitle: 'Donnez un titre au devoir.',
		linkLabel: 'Lien du devoir',
		copy: 'Copier le lien',
		copied: 'Lien copié.',
		copyFailed: 'Copie impossible. Sélectionnez le lien et copiez-le à la main.',
		print: 'Imprimer',
		qrLabel: 'Code QR du lien du devoir',
		tooLong: 'Ce lien est trop long pour un code QR. Retirez au moins {count} élément(s), ou raccourcissez le message.',
		privacyBuilder: 'Le devoir voyage dans le lien, après le # : il n’arrive jamais dans les journaux d’un serveur, et rien n’est stocké ailleurs que sur les appareils de vos apprenants.',
		loading: 'Ouverture du devoir…',
		badEmpty: 'Cette page a besoin d’un lien de devoir envoyé par un formateur. Demandez-lui de vous le renvoyer.',
		badTooLong: 'Ce lien de devoir est trop long pour venir de ce site. Demandez à votre formateur de vous le renvoyer.',
		badMalformed: 'Ce lien de devoir est abîmé (peut-être tronqué lors du copier-coller). Demandez à votre formateur de vous le renvoyer.',
		badInvalid: 'Ce lien de devoir est illisible : il ne contient rien que ce site connaisse. Demandez-en un nouveau à votre formateur.',
		goHome: 'Aller à l’accueil',
		unknownItems: 'Ces éléments ne sont pas (ou plus) sur ce site et ont été ignorés : {items}',
		fromTrainer: 'Message de votre formateur',
		due: 'À faire pour le {date}',
		overdue: 'Était à faire pour le {date}',
		passMark: 'Seuil de réussite : {mark} %',
		checklist: 'Votre liste',
		done: 'Fait',
		todo: 'À faire',
		progressCount: '{done} sur {total} faits',
		savedHere: 'Ce devoir est enregistré sur cet appareil ; retrouvez-le dans Ma progression.',
		notSavedHere: 'Ce navigateur ne conserve pas de données : gardez ce lien pour revenir au devoir.',
		finishTitle: 'Envoyer vos résultats',
		finishLocked: 'Quand tous les éléments seront faits, vous pourrez créer ici un code de fin pour votre formateur.',
		nameLabel: 'Votre nom, tel que votre formateur le connaît',
		makeCode: 'Créer mon code de fin',
		needName: 'Indiquez d’abord votre nom.',
		codeLabel: 'Votre code de fin',
		download: 'Télécharger dans un fichier',
		certificate: 'Attestation de réussite',
		certificateText: '{name} a terminé « {title} » le {date}.',
		honesty: 'Le code contient une somme de contrôle qui repère les fautes de frappe, mais il n’est pas signé : n’importe qui pourrait en fabriquer un. Pour des résultats qui doivent faire foi, utilisez la plateforme de formation de votre organisation.',
		pasteLabel: 'Codes de fin, un par ligne',
		pasteHint: 'Collez les codes envoyés par vos apprenants, ou chargez un fichier texte qui les contient.',
		loadFile: 'Charger un fichier texte',
		readCodes: 'Lire les codes',
		lineError: 'Ligne {line} : {error}',
		codeErrors: {
			empty: 'vide',
			'too-long': 'trop long pour être un code de fin.',
			'not-a-code': 'ce n’est pas un code de fin (ils commencent par BE1-).',
			checksum: 'la somme de contrôle ne correspond pas : le code a été modifié ou mal recopié. Redemandez-le.',
			malformed: 'code abîmé. Redemandez-le.',
			invalid: 'le code est complet mais son contenu n’est pas valide.',
		},
		mergedNote: '{count} code(s) en double du même apprenant ont été fusionnés.',
		noCodes: 'Aucun code lu pour l’instant.',
		tableCaption: 'Résultats',
		learner: 'Apprenant',
		assignment: 'Devoir',
		result: 'Résultat',
		passed: 'Réussi',
		failed: 'Non réussi',
		read: 'lu',
		sortBy: 'Trier par {column}',
		exportCsv: 'Télécharger le CSV',
		reviewPrivacy: 'Les codes sont lus dans ce navigateur uniquement : rien n’est envoyé.',
		tooManyLines: 'Seules les {count} premières lignes ont été lues.',
	},
	it: {
		kinds: { module: 'Modulo', quiz: 'Quiz', roleplay: 'Simulazione', path: 'Percorso' },
		pickLegend: 'Che cosa devono fare?',
		filterLabel: 'Filtra l’elenco',
		filterNone: 'Nessun risultato per «{query}».',
		selectedCount: '{count} selezionati',
		titleLabel: 'Titolo',
		titleDefault: 'Prima settimana al telefono',
		dueLabel: 'Scadenza (facoltativa)',
		passMarkLabel: 'Soglia di superamento per quiz e simulazioni (%)',
		noteLabel: 'Nota per chi impara (facoltativa)',
		create: 'Crea il link',
		needItems: 'Scelga almeno un elemento.',
		needTitle: 'Dia un titolo al compito.',
		linkLabel: 'Link del compito',
		copy: 'Copia il link',
		copied: 'Link copiato.',
		copyFailed: 'Impossibile copiare. Selezioni il link e lo copi a mano.',
		print: 'Stampa',
		qrLabel: 'Codice QR del link del compito',
		tooLong: 'Questo link è troppo lungo per un codice QR. Tolga almeno {count} elementi, oppure accorci la nota.',
		privacyBuilder: 'Il compito viaggia dentro il link, dopo il #: non finisce mai nei log di un server e non viene salvato altrove che sui dispositivi di chi impara.',
		loading: 'Apertura del compito…',
		badEmpty: 'Questa pagina richiede il link di un compito inviato da un formatore. Chieda al Suo formatore di inviarlo di nuovo.',
		badTooLong: 'Questo link è troppo lungo per essere uno dei nostri. Chieda al Suo formatore di inviarlo di nuovo.',
		badMalformed: 'Questo link è danneggiato (forse tagliato durante la copia). Chieda al Suo formatore di inviarlo di nuovo.',
		badInvalid: 'Questo link non si può leggere: non contiene nulla che questo sito conosca. Ne chieda uno nuovo al Suo formatore.',
		goHome: 'Vai alla pagina iniziale',
		unknownItems: 'Questi elementi non sono (più) su questo sito e sono stati esclusi: {items}',
		fromTrainer: 'Nota del Suo formatore',
		due: 'Scadenza: {date}',
		overdue: 'Era in scadenza il {date}',
		passMark: 'Soglia di superamento: {mark}%',
		checklist: 'La Sua lista',
		done: 'Fatto',
		todo: 'Da fare',
		progressCount: '{done} su {total} fatti',
		savedHere: 'Il compito è salvato su questo dispositivo; lo ritrova in I miei progressi.',
		notSavedHere: 'Questo browser non conserva dati: tenga questo link per tornare al compito.',
		finishTitle: 'Invii i Suoi risultati',
		finishLocked: 'Quando avrà completato tutti gli elementi, potrà creare qui un codice di completamento per il Suo formatore.',
		nameLabel: 'Il Suo nome, come lo conosce il formatore',
		makeCode: 'Crea il mio codice di completamento',
		needName: 'Scriva prima il Suo nome.',
		codeLabel: 'Il Suo codice di completamento',
		download: 'Scarica come file',
		certificate: 'Attestato di completamento',
		certificateText: '{name} ha completato «{title}» il {date}.',
		honesty: 'Il codice ha una somma di controllo che rileva gli errori di battitura, ma non è firmato: chiunque potrebbe crearne uno. Per risultati che devono fare fede, usi la piattaforma di formazione della Sua organizzazione.',
		pasteLabel: 'Codici di completamento, uno per riga',
		pasteHint: 'Incolli i codici inviati da chi impara, oppure carichi un file di testo che li contiene.',
		loadFile: 'Carica un file di testo',
		readCodes: 'Leggi i codici',
		lineError: 'Riga {line}: {error}',
		codeErrors: {
			empty: 'vuota',
			'too-long': 'troppo lunga per essere un codice di completamento.',
			'not-a-code': 'non è un codice di completamento (iniziano con BE1-).',
			checksum: 'la somma di controllo non corrisponde: il codice è stato modificato o ricopiato male. Lo richieda.',
			malformed: 'codice danneggiato. Lo richieda.',
			invalid: 'il codice è completo ma il contenuto non è valido.',
		},
		mergedNote: '{count} codici ripetuti della stessa persona sono stati uniti.',
		noCodes: 'Ancora nessun codice letto.',
		tableCaption: 'Risultati',
		learner: 'Persona',
		assignment: 'Compito',
		result: 'Esito',
		passed: 'Superato',
		failed: 'Non superato',
		read: 'letto',
		sortBy: 'Ordina per {column}',
		exportCsv: 'Scarica il CSV',
		reviewPrivacy: 'I codici vengono letti solo in questo browser: nulla viene inviato.',
		tooManyLines: 'Sono state lette solo le prime {count} righe.',
	},
};
