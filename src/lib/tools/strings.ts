import type { Locale } from '../i18n/locales.ts';
import type { PatternId, PhaseKind } from './breathing.ts';
import type { PrepField } from './prep-sheet.ts';

/** The three tools, in the order the tools page lists them; each is a page `/[lang]/tools/<id>/`. */
export const toolIds = ['prep-sheet', 'reset', 'check-in'] as const;
export type ToolId = (typeof toolIds)[number];

/** The track each tool belongs to (search filter). */
export const toolTracks: Record<ToolId, 'callers' | 'wellbeing'> = {
	'prep-sheet': 'callers',
	reset: 'wellbeing',
	'check-in': 'wellbeing',
};

/** A piece of a sentence: plain text, or text that links to its source. */
export type Rich = string | { text: string; href: string };

/** A tool's page: its title, one line for lists, and a short teaching intro. */
export interface ToolPage {
	title: string;
	/** One line for the tools list and the page description. */
	summary: string;
	/** 3–6 sentences: why the tool helps, each stated fact linked to its source. */
	intro: Rich[][];
}

/** Strings of the call-prep sheet island; `{name}` marks a placeholder. */
export interface PrepSheetStrings {
	formTitle: string;
	privacy: string;
	labels: Record<PrepField, string>;
	hints: Record<PrepField, string>;
	saved: string;
	notSaved: string;
	sheetTitle: string;
	sheetPreview: string;
	updated: string;
	notFilled: string;
	logTitle: string;
	logHint: string;
	logColumns: { date: string; agent: string; reference: string; promised: string };
	print: string;
	clear: string;
	clearConfirm: string;
	clearYes: string;
	cancel: string;
	cleared: string;
}

/** Strings of the 60-second reset island. */
export interface ResetStrings {
	patternLegend: string;
	patterns: Record<PatternId, { name: string; how: string }>;
	safety: string;
	start: string;
	stop: string;
	startAgain: string;
	secondsLeft: string;
	phases: Record<PhaseKind, string>;
	ready: string;
	stopped: string;
	done: string;
}

/** Strings of the shift check-in island. */
export interface CheckInStrings {
	privacy: string;
	memoryOnly: string;
	formTitle: string;
	weightLegend: string;
	/** The five answers, lightest first, separated by `|`. */
	weightWords: string;
	goodLegend: string;
	goodHint: string;
	goodLabel: string;
	note: string;
	save: string;
	saved: string;
	noWeight: string;
	full: string;
	tooLarge: string;
	listTitle: string;
	empty: string;
	weightOf: string;
	details: string;
	exportButton: string;
	exportTitle: string;
	exportPrivacy: string;
	exportWeight: string;
	exportGood: string;
	exportNote: string;
	deleteButton: string;
	deleteConfirm: string;
	deleteYes: string;
	cancel: string;
	deleted: string;
}

export interface ToolsStrings {
	indexTitle: string;
	indexIntro: string;
	/** Shown when JavaScript is off: the tools run in the browser. */
	noScript: string;
	pages: Record<ToolId, ToolPage>;
	prepSheet: PrepSheetStrings;
	reset: ResetStrings;
	checkIn: CheckInStrings;
}

const source = {
	ccts: 'http://www.ccts-cprst.ca/complaints/guide',
	tio: 'http://m.tio.com.au/consumers/sub-page-2',
	aggression: 'https://cris.bgu.ac.il/en/publications/when-customers-exhibit-verbal-aggression-employees-pay-cognitive',
	breathing: 'https://qigonginstitute.org/abstract/18065/brief-structured-respiration-practices-enhance-mood-and-reduce-physiological-arousal',
	rumination: 'https://bm.hkust.edu.hk/en-us/bizinsight/bizstudies/1731',
	goodThings: 'https://doi.org/10.5465/amj.2011.0272',
};

export const toolStrings: Record<Locale, ToolsStrings> = {
	en: {
		indexTitle: 'Everyday tools',
		indexIntro: 'Three small tools, one for each end of the line and one for the end of the shift. Everything you type stays on this device.',
		noScript: 'This tool runs in your browser and needs JavaScript. Turn it on to use it; nothing is sent anywhere.',
		pages: {
			'prep-sheet': {
				title: 'Call-prep sheet',
				summary: 'Put the facts on one page before you call, then print it with a call log to fill in.',
				intro: [
					[
						'A support call goes faster when the facts are in front of you before anyone answers. Complaint bodies ask for the same things every time: your account number, the dates, what you have already tried and what you want (',
						{ text: 'CCTS complaint guide, Canada', href: source.ccts },
						').',
					],
					[
						'During the call, write down the date, the agent’s name, a reference number and what was promised (',
						{ text: 'Telecommunications Industry Ombudsman, Australia', href: source.tio },
						'): if you have to call back or complain, those notes are your record.',
					],
					[
						'Fill in the form below and it becomes a one-page sheet to print or keep on screen, with a call log to complete by hand. It is saved in this browser as you type, and nothing is sent anywhere.',
					],
				],
			},
			reset: {
				title: '60-second reset',
				summary: 'One minute of paced breathing between calls, guided in words.',
				intro: [
					[
						'A hard call does not end when the line goes quiet: in experiments, rudeness from customers left staff with worse memory and performance on the tasks that followed (',
						{ text: 'Rafaeli and colleagues, 2012', href: source.aggression },
						').',
					],
					[
						'In a 2023 Stanford trial, 114 healthy adults breathed in a set pattern for five minutes a day for a month; cyclic sighing, a double breath in and a long breath out, improved mood and slowed breathing more than mindfulness meditation (',
						{ text: 'Balban and colleagues, 2023', href: source.breathing },
						'). Box breathing was tested in the same trial.',
					],
					[
						'That trial did not study call-centre agents, and one minute is shorter than its five, so treat this as a promising habit rather than a proven cure. The phase is shown and announced in words, so you can follow it with your eyes closed; the circle moves only if your device allows animation.',
					],
				],
			},
			'check-in': {
				title: 'Shift check-in',
				summary: 'A private end-of-shift note: how heavy today was, and three good things.',
				intro: [
					[
						'The hardest call of the day tends to come home with you: in a diary study of 149 agents, mistreatment by customers led to rumination at night and a worse mood the next morning (',
						{ text: 'Wang and colleagues, 2013', href: source.rumination },
						').',
					],
					[
						'Writing down three good things at the end of the workday reduced evening stress and improved health in a field study (',
						{ text: 'Bono and colleagues, 2013', href: source.goodThings },
						'). Small things count: a caller who laughed, a problem you fixed, a colleague who helped.',
					],
					[
						'This check-in takes a minute. It stays in this browser on this device: nothing is sent to us, to your employer or to anyone else.',
					],
				],
			},
		},
		prepSheet: {
			formTitle: 'Your notes',
			privacy: 'Saved in this browser as you type. Nothing leaves this device.',
			labels: {
				company: 'Company',
				account: 'Account or contract number',
				problem: 'The problem, in two sentences',
				tried: 'What I have already tried',
				want: 'What I want from this call',
				callback: 'Best time to call me back',
			},
			hints: {
				company: 'Who you are calling, and the number you will dial.',
				account: 'As it appears on a bill or a letter.',
				problem: 'What is wrong, and since when.',
				tried: 'Steps, earlier calls and their reference numbers.',
				want: 'A repair, a refund, a callback, a written answer…',
				callback: 'For example: weekdays after 5 pm.',
			},
			saved: 'Saved on this device.',
			notSaved: 'This browser is not keeping data: print the sheet before you close the tab.',
			sheetTitle: 'Call-prep sheet',
			sheetPreview: 'Your sheet, as it prints',
			updated: 'Last changed {date}',
			notFilled: 'not filled in',
			logTitle: 'Call log',
			logHint: 'Fill in by hand during each call.',
			logColumns: { date: 'Date', agent: 'Agent’s name', reference: 'Reference number', promised: 'What was promised' },
			print: 'Print the sheet',
			clear: 'Clear the sheet',
			clearConfirm: 'Clear every field and forget the saved sheet? This cannot be undone.',
			clearYes: 'Yes, clear it',
			cancel: 'Cancel',
			cleared: 'The sheet is cleared.',
		},
		reset: {
			patternLegend: 'Choose a way to breathe',
			patterns: {
				sighing: {
					name: 'Cyclic sighing',
					how: 'Breathe in through the nose, then a short second breath in on top; breathe out slowly through the mouth.',
				},
				box: { name: 'Box breathing', how: 'Breathe in for 4, hold for 4, breathe out for 4, hold for 4.' },
			},
			safety: 'Breathe gently. If you feel dizzy, stop and breathe normally.',
			start: 'Start',
			stop: 'Stop',
			startAgain: 'Start again',
			secondsLeft: 'Seconds left: {seconds}',
			phases: { in: 'Breathe in', 'top-up': 'Breathe in again, a little more', hold: 'Hold', out: 'Breathe out slowly' },
			ready: 'Ready when you are.',
			stopped: 'Stopped.',
			done: 'Done. Take this calm into your next call.',
		},
		checkIn: {
			privacy: 'Private: your check-ins stay in this browser on this device. Nothing is sent anywhere, not to us, not to your employer.',
			memoryOnly: 'This browser is not keeping data: your check-ins will be gone when you close the tab. Export them to keep them.',
			formTitle: 'Today',
			weightLegend: 'How heavy was today?',
			weightWords: 'Light|Fairly light|Middling|Heavy|Very heavy',
			goodLegend: 'Three good things',
			goodHint: 'Small ones count.',
			goodLabel: 'Good thing {n}',
			note: 'Anything else (optional)',
			save: 'Save check-in',
			saved: 'Check-in saved. Check-ins on this device: {count}.',
			noWeight: 'Choose how heavy today was, then save.',
			full: 'This device keeps at most 500 check-ins. Export them, then delete them all to start a new list.',
			tooLarge: 'Storage on this device is full. Export your check-ins, then delete them all to start a new list.',
			listTitle: 'Past check-ins',
			empty: 'No check-ins yet.',
			weightOf: '{word} ({weight} of 5)',
			details: 'Good things and note',
			exportButton: 'Export all as a text file',
			exportTitle: 'Shift check-ins, exported {date}',
			exportPrivacy: 'From Both Ends. Private: this file is yours, kept wherever you save it.',
			exportWeight: 'How heavy',
			exportGood: 'Good things',
			exportNote: 'Note',
			deleteButton: 'Delete all check-ins',
			deleteConfirm: 'Delete all {count} check-ins from this device? This cannot be undone. Export them first if you want to keep them.',
			deleteYes: 'Yes, delete them all',
			cancel: 'Cancel',
			deleted: 'All check-ins are deleted from this device.',
		},
	},
	fr: {
		indexTitle: 'Outils du quotidien',
		indexIntro: 'Trois petits outils : un pour chaque bout du fil, et un pour la fin du service. Tout ce que vous saisissez reste sur cet appareil.',
		noScript: 'Cet outil fonctionne dans votre navigateur et a besoin de JavaScript. Activez-le pour l’utiliser ; rien n’est envoyé nulle part.',
		pages: {
			'prep-sheet': {
				title: 'Fiche de préparation d’appel',
				summary: 'Réunissez les faits sur une page avant d’appeler, puis imprimez-la avec un journal d’appels à remplir.',
				intro: [
					[
						'Un appel au service client va plus vite quand vous avez les faits sous les yeux avant qu’on vous réponde. Les organismes de plainte demandent toujours les mêmes éléments : votre numéro de compte, les dates, ce que vous avez déjà essayé et ce que vous attendez (',
						{ text: 'guide des plaintes de la CPRST, Canada', href: source.ccts },
						').',
					],
					[
						'Pendant l’appel, notez la date, le nom de l’agent, un numéro de référence et ce qu’on vous a promis (',
						{ text: 'médiateur des télécommunications, Australie', href: source.tio },
						') : si vous devez rappeler ou porter plainte, ces notes font foi.',
					],
					[
						'Remplissez le formulaire ci-dessous : il devient une fiche d’une page à imprimer ou à garder à l’écran, avec un journal d’appels à compléter à la main. Il est enregistré dans ce navigateur au fil de la saisie, et rien n’est envoyé nulle part.',
					],
				],
			},
			reset: {
				title: 'La pause de 60 secondes',
				summary: 'Une minute de respiration rythmée entre deux appels, guidée par des mots.',
				intro: [
					[
						'Un appel difficile ne s’arrête pas quand la ligne se tait : lors d’expériences, l’impolitesse de clients a dégradé la mémoire et les performances du personnel sur les tâches suivantes (',
						{ text: 'Rafaeli et collègues, 2012', href: source.aggression },
						').',
					],
					[
						'Dans un essai mené à Stanford en 2023, 114 adultes en bonne santé ont suivi un exercice de respiration cinq minutes par jour pendant un mois ; le soupir cyclique, une double inspiration suivie d’une longue expiration, a davantage amélioré l’humeur et ralenti la respiration que la méditation de pleine conscience (',
						{ text: 'Balban et collègues, 2023', href: source.breathing },
						'). La respiration carrée a été testée dans le même essai.',
					],
					[
						'Cet essai ne portait pas sur des agents de centre d’appels, et une minute, c’est moins que ses cinq : voyez-y une habitude prometteuse, pas un remède éprouvé. La phase est affichée et annoncée en toutes lettres, vous pouvez donc la suivre les yeux fermés ; le cercle ne bouge que si votre appareil autorise les animations.',
					],
				],
			},
			'check-in': {
				title: 'Bilan de fin de service',
				summary: 'Une note privée en fin de service : le poids de la journée, et trois bonnes choses.',
				intro: [
					[
						'L’appel le plus dur de la journée a tendance à rentrer avec vous : dans une étude par journal de bord menée auprès de 149 agents, les mauvais traitements de la part de clients entraînaient des ruminations le soir et une humeur plus sombre le lendemain matin (',
						{ text: 'Wang et collègues, 2013', href: source.rumination },
						').',
					],
					[
						'Noter trois bonnes choses en fin de journée de travail a réduit le stress du soir et amélioré la santé dans une étude de terrain (',
						{ text: 'Bono et collègues, 2013', href: source.goodThings },
						'). Les petites choses comptent : un client qui a ri, un problème réglé, un collègue qui vous a aidé.',
					],
					[
						'Ce bilan prend une minute. Il reste dans ce navigateur, sur cet appareil : rien n’est envoyé, ni à nous, ni à votre employeur, ni à personne.',
					],
				],
			},
		},
		prepSheet: {
			formTitle: 'Vos notes',
			privacy: 'Enregistré dans ce navigateur au fil de la saisie. Rien ne quitte cet appareil.',
			labels: {
				company: 'Entreprise',
				account: 'Numéro de client ou de contrat',
				problem: 'Le problème, en deux phrases',
				tried: 'Ce que j’ai déjà essayé',
				want: 'Ce que j’attends de cet appel',
				callback: 'Meilleur moment pour me rappeler',
			},
			hints: {
				company: 'Qui vous appelez, et le numéro que vous allez composer.',
				account: 'Tel qu’il figure sur une facture ou un courrier.',
				problem: 'Ce qui ne va pas, et depuis quand.',
				tried: 'Démarches, appels précédents et leurs numéros de référence.',
				want: 'Une réparation, un remboursement, un rappel, une réponse écrite…',
				callback: 'Par exemple : en semaine après 17 h.',
			},
			saved: 'Enregistré sur cet appareil.',
			notSaved: 'Ce navigateur ne conserve pas les données : imprimez la fiche avant de fermer l’onglet.',
			sheetTitle: 'Fiche de préparation d’appel',
			sheetPreview: 'Votre fiche, telle qu’elle s’imprime',
			updated: 'Modifiée le {date}',
			notFilled: 'non rempli',
			logTitle: 'Journal d’appels',
			logHint: 'À remplir à la main pendant chaque appel.',
			logColumns: { date: 'Date', agent: 'Nom de l’agent', reference: 'Numéro de référence', promised: 'Ce qui a été promis' },
			print: 'Imprimer la fiche',
			clear: 'Effacer la fiche',
			clearConfirm: 'Vider tous les champs et oublier la fiche enregistrée ? C’est définitif.',
			clearYes: 'Oui, l’effacer',
			cancel: 'Annuler',
			cleared: 'La fiche est effacée.',
		},
		reset: {
			patternLegend: 'Choisissez une façon de respirer',
			patterns: {
				sighing: {
					name: 'Soupir cyclique',
					how: 'Inspirez par le nez, puis ajoutez une courte seconde inspiration ; expirez lentement par la bouche.',
				},
				box: { name: 'Respiration carrée', how: 'Inspirez sur 4 temps, retenez 4, expirez sur 4, retenez 4.' },
			},
			safety: 'Respirez en douceur. Si la tête vous tourne, arrêtez et respirez normalement.',
			start: 'Commencer',
			stop: 'Arrêter',
			startAgain: 'Recommencer',
			secondsLeft: 'Secondes restantes : {seconds}',
			phases: { in: 'Inspirez', 'top-up': 'Inspirez encore un peu', hold: 'Retenez', out: 'Expirez lentement' },
			ready: 'Quand vous voulez.',
			stopped: 'Arrêté.',
			done: 'C’est fini. Gardez ce calme pour le prochain appel.',
		},
		checkIn: {
			privacy: 'Privé : vos bilans restent dans ce navigateur, sur cet appareil. Rien n’est envoyé nulle part, ni à nous, ni à votre employeur.',
			memoryOnly: 'Ce navigateur ne conserve pas les données : vos bilans disparaîtront à la fermeture de l’onglet. Exportez-les pour les garder.',
			formTitle: 'Aujourd’hui',
			weightLegend: 'À quel point la journée a-t-elle été lourde ?',
			weightWords: 'Légère|Plutôt légère|Moyenne|Lourde|Très lourde',
			goodLegend: 'Trois bonnes choses',
			goodHint: 'Les petites comptent aussi.',
			goodLabel: 'Bonne chose {n}',
			note: 'Autre chose ? (facultatif)',
			save: 'Enregistrer le bilan',
			saved: 'Bilan enregistré. Bilans sur cet appareil : {count}.',
			noWeight: 'Indiquez le poids de la journée, puis enregistrez.',
			full: 'Cet appareil garde au plus 500 bilans. Exportez-les, puis effacez-les tous pour commencer une nouvelle liste.',
			tooLarge: 'L’espace de stockage de cet appareil est plein. Exportez vos bilans, puis effacez-les tous pour commencer une nouvelle liste.',
			listTitle: 'Bilans précédents',
			empty: 'Aucun bilan pour l’instant.',
			weightOf: '{word} ({weight} sur 5)',
			details: 'Bonnes choses et note',
			exportButton: 'Tout exporter dans un fichier texte',
			exportTitle: 'Bilans de fin de service, exportés le {date}',
			exportPrivacy: 'Depuis Both Ends. Privé : ce fichier vous appartient, il reste là où vous l’enregistrez.',
			exportWeight: 'Poids de la journée',
			exportGood: 'Bonnes choses',
			exportNote: 'Note',
			deleteButton: 'Effacer tous les bilans',
			deleteConfirm: 'Effacer les {count} bilans de cet appareil ? C’est définitif. Exportez-les d’abord si vous voulez les garder.',
			deleteYes: 'Oui, tout effacer',
			cancel: 'Annuler',
			deleted: 'Tous les bilans sont effacés de cet appareil.',
		},
	},
	it: {
		indexTitle: 'Strumenti di tutti i giorni',
		indexIntro: 'Tre piccoli strumenti: uno per ciascun capo del filo e uno per la fine del turno. Tutto quello che scrive resta su questo dispositivo.',
		noScript: 'Questo strumento funziona nel browser e ha bisogno di JavaScript. Lo attivi per usarlo; nulla viene inviato altrove.',
		pages: {
			'prep-sheet': {
				title: 'Scheda per preparare la chiamata',
				summary: 'Metta i fatti su una pagina prima di chiamare, poi la stampi con un registro delle chiamate da compilare.',
				intro: [
					[
						'Una chiamata all’assistenza è più rapida se ha i fatti sotto gli occhi prima ancora che qualcuno risponda. Gli organismi che gestiscono i reclami chiedono sempre le stesse cose: il numero cliente, le date, che cosa ha già provato e che cosa chiede (',
						{ text: 'guida ai reclami della CCTS, Canada', href: source.ccts },
						').',
					],
					[
						'Durante la chiamata annoti la data, il nome dell’operatore, un numero di riferimento e che cosa Le è stato promesso (',
						{ text: 'ombudsman delle telecomunicazioni, Australia', href: source.tio },
						'): se dovrà richiamare o fare reclamo, quegli appunti saranno la Sua documentazione.',
					],
					[
						'Compili il modulo qui sotto: diventa una scheda di una pagina da stampare o da tenere sullo schermo, con un registro delle chiamate da completare a mano. Viene salvato in questo browser mentre scrive, e nulla viene inviato altrove.',
					],
				],
			},
			reset: {
				title: 'Pausa di 60 secondi',
				summary: 'Un minuto di respirazione guidata tra una chiamata e l’altra, spiegata a parole.',
				intro: [
					[
						'Una chiamata difficile non finisce quando la linea tace: negli esperimenti, la scortesia dei clienti ha peggiorato la memoria e il rendimento del personale nei compiti successivi (',
						{ text: 'Rafaeli e colleghi, 2012', href: source.aggression },
						').',
					],
					[
						'In uno studio controllato di Stanford del 2023, 114 adulti sani hanno respirato seguendo uno schema per cinque minuti al giorno per un mese; il sospiro ciclico, una doppia inspirazione seguita da una lunga espirazione, ha migliorato l’umore e rallentato il respiro più della meditazione di consapevolezza (',
						{ text: 'Balban e colleghi, 2023', href: source.breathing },
						'). Nello stesso studio è stata provata anche la respirazione quadrata.',
					],
					[
						'Lo studio non riguardava operatori di call center, e un minuto è meno dei suoi cinque: lo consideri un’abitudine promettente, non una cura dimostrata. La fase viene mostrata e annunciata a parole, quindi può seguirla a occhi chiusi; il cerchio si muove solo se il Suo dispositivo consente le animazioni.',
					],
				],
			},
			'check-in': {
				title: 'Bilancio di fine turno',
				summary: 'Una nota privata a fine turno: quanto è pesata la giornata, e tre cose belle.',
				intro: [
					[
						'La chiamata più dura della giornata tende a tornare a casa con Lei: in uno studio su diari di 149 operatori, i maltrattamenti da parte dei clienti portavano a rimuginare la sera e a un umore peggiore la mattina dopo (',
						{ text: 'Wang e colleghi, 2013', href: source.rumination },
						').',
					],
					[
						'Scrivere tre cose belle alla fine della giornata di lavoro ha ridotto lo stress serale e migliorato la salute in uno studio sul campo (',
						{ text: 'Bono e colleghi, 2013', href: source.goodThings },
						'). Contano anche le piccole: un cliente che ha riso, un problema risolto, un collega che L’ha aiutata.',
					],
					[
						'Questo bilancio richiede un minuto. Resta in questo browser, su questo dispositivo: non viene inviato a noi, al Suo datore di lavoro né a nessun altro.',
					],
				],
			},
		},
		prepSheet: {
			formTitle: 'I Suoi appunti',
			privacy: 'Salvato in questo browser mentre scrive. Nulla lascia questo dispositivo.',
			labels: {
				company: 'Azienda',
				account: 'Numero cliente o di contratto',
				problem: 'Il problema, in due frasi',
				tried: 'Che cosa ho già provato',
				want: 'Che cosa chiedo con questa chiamata',
				callback: 'Orario migliore per richiamarmi',
			},
			hints: {
				company: 'Chi sta chiamando, e il numero che comporrà.',
				account: 'Come compare su una bolletta o una lettera.',
				problem: 'Che cosa non va, e da quando.',
				tried: 'Tentativi, chiamate precedenti e i loro numeri di riferimento.',
				want: 'Una riparazione, un rimborso, una richiamata, una risposta scritta…',
				callback: 'Per esempio: nei giorni feriali dopo le 17.',
			},
			saved: 'Salvato su questo dispositivo.',
			notSaved: 'Questo browser non conserva i dati: stampi la scheda prima di chiudere la pagina.',
			sheetTitle: 'Scheda per preparare la chiamata',
			sheetPreview: 'La Sua scheda, come verrà stampata',
			updated: 'Modificata il {date}',
			notFilled: 'non compilato',
			logTitle: 'Registro delle chiamate',
			logHint: 'Da compilare a mano durante ogni chiamata.',
			logColumns: { date: 'Data', agent: 'Nome dell’operatore', reference: 'Numero di riferimento', promised: 'Che cosa è stato promesso' },
			print: 'Stampa la scheda',
			clear: 'Svuota la scheda',
			clearConfirm: 'Svuotare tutti i campi e dimenticare la scheda salvata? Non si può annullare.',
			clearYes: 'Sì, svuotala',
			cancel: 'Annulla',
			cleared: 'La scheda è stata svuotata.',
		},
		reset: {
			patternLegend: 'Scelga come respirare',
			patterns: {
				sighing: {
					name: 'Sospiro ciclico',
					how: 'Inspiri dal naso, poi aggiunga una seconda breve inspirazione; espiri lentamente dalla bocca.',
				},
				box: { name: 'Respirazione quadrata', how: 'Inspiri contando fino a 4, trattenga per 4, espiri per 4, trattenga per 4.' },
			},
			safety: 'Respiri con delicatezza. Se Le gira la testa, si fermi e respiri normalmente.',
			start: 'Inizia',
			stop: 'Ferma',
			startAgain: 'Ricomincia',
			secondsLeft: 'Secondi rimanenti: {seconds}',
			phases: { in: 'Inspiri', 'top-up': 'Inspiri ancora un poco', hold: 'Trattenga', out: 'Espiri lentamente' },
			ready: 'Quando vuole.',
			stopped: 'Fermato.',
			done: 'Fatto. Porti questa calma nella prossima chiamata.',
		},
		checkIn: {
			privacy: 'Privato: i Suoi bilanci restano in questo browser, su questo dispositivo. Nulla viene inviato, né a noi né al Suo datore di lavoro.',
			memoryOnly: 'Questo browser non conserva i dati: i Suoi bilanci spariranno quando chiude la scheda. Li esporti per conservarli.',
			formTitle: 'Oggi',
			weightLegend: 'Quanto è pesata la giornata?',
			weightWords: 'Leggera|Abbastanza leggera|Così così|Pesante|Molto pesante',
			goodLegend: 'Tre cose belle',
			goodHint: 'Contano anche le piccole.',
			goodLabel: 'Cosa bella {n}',
			note: 'Altro? (facoltativo)',
			save: 'Salva il bilancio',
			saved: 'Bilancio salvato. Bilanci su questo dispositivo: {count}.',
			noWeight: 'Indichi quanto è pesata la giornata, poi salvi.',
			full: 'Questo dispositivo conserva al massimo 500 bilanci. Li esporti, poi li cancelli tutti per iniziare un nuovo elenco.',
			tooLarge: 'Lo spazio di archiviazione di questo dispositivo è pieno. Esporti i Suoi bilanci, poi li cancelli tutti per iniziare un nuovo elenco.',
			listTitle: 'Bilanci precedenti',
			empty: 'Ancora nessun bilancio.',
			weightOf: '{word} ({weight} su 5)',
			details: 'Cose belle e nota',
			exportButton: 'Esporta tutto in un file di testo',
			exportTitle: 'Bilanci di fine turno, esportati il {date}',
			exportPrivacy: 'Da Both Ends. Privato: questo file è Suo e resta dove lo salva.',
			exportWeight: 'Peso della giornata',
			exportGood: 'Cose belle',
			exportNote: 'Nota',
			deleteButton: 'Cancella tutti i bilanci',
			deleteConfirm: 'Cancellare tutti i {count} bilanci da questo dispositivo? Non si può annullare. Li esporti prima, se vuole conservarli.',
			deleteYes: 'Sì, cancellali tutti',
			cancel: 'Annulla',
			deleted: 'Tutti i bilanci sono stati cancellati da questo dispositivo.',
		},
	},
};
