import type { Locale } from '../i18n/locales.ts';

/** UI strings of the call screen; `{name}` marks a placeholder. */
export interface RoleplayStrings {
	modeLegend: string;
	modePractice: string;
	modePracticeHint: string;
	modeAssessment: string;
	modeAssessmentHint: string;
	voice: string;
	voiceUnavailable: string;
	startCall: string;
	callWith: string;
	callTimer: string;
	onHoldTotal: string;
	mood: string;
	patience: string;
	stress: string;
	meterWords: string;
	transcript: string;
	you: string;
	narrator: string;
	agent: string;
	caller: string;
	yourTurn: string;
	shortcutHint: string;
	feedback: string;
	record: string;
	recordHistory: string;
	recordHidden: string;
	actionHold: string;
	actionTransfer: string;
	actionRecord: string;
	actionEnd: string;
	debrief: string;
	outcome: string;
	handleTime: string;
	holdTime: string;
	transfers: string;
	recordLooked: string;
	recordNotLooked: string;
	yes: string;
	no: string;
	scores: string;
	overall: string;
	pivotal: string;
	noPivotal: string;
	youSaid: string;
	better: string;
	why: string;
	learnMore: string;
	allChoices: string;
	replay: string;
	otherSide: string;
	saved: string;
	notSaved: string;
	endings: Record<'resolved' | 'callback' | 'escalated' | 'caller-hung-up' | 'ended-for-abuse', string>;
	dimensions: Record<'courtesy' | 'empathy' | 'ownership' | 'efficiency' | 'accuracy' | 'boundaries', string>;
}

export const roleplayStrings: Record<Locale, RoleplayStrings> = {
	en: {
		modeLegend: 'How do you want to play?',
		modePractice: 'Practice',
		modePracticeHint: 'feedback after each choice',
		modeAssessment: 'Assessment',
		modeAssessmentHint: 'feedback only at the end',
		voice: 'Read the other person’s lines aloud',
		voiceUnavailable: 'Your browser cannot read aloud; the call works the same without it.',
		startCall: 'Start the call',
		callWith: 'On the line: {name}',
		callTimer: 'Call time',
		onHoldTotal: 'of which on hold: {time}',
		mood: 'Caller’s mood',
		patience: 'Caller’s patience',
		stress: 'Your stress',
		meterWords: 'very low|low|middling|high|very high',
		transcript: 'Call transcript',
		you: 'You',
		narrator: 'Narrator',
		agent: 'Agent',
		caller: 'Caller',
		yourTurn: 'What do you say?',
		shortcutHint: 'Tip: while you are in the call, keys 1 to 4 pick a reply.',
		feedback: 'Feedback',
		record: 'Customer record',
		recordHistory: 'Call history',
		recordHidden: 'The customer record is closed. Opening it is one of your choices.',
		actionHold: 'Hold',
		actionTransfer: 'Transfer',
		actionRecord: 'Open record',
		actionEnd: 'End call',
		debrief: 'Debrief',
		outcome: 'How the call ended',
		handleTime: 'Call time',
		holdTime: 'Time on hold',
		transfers: 'Transfers',
		recordLooked: 'Looked at the customer record',
		recordNotLooked: 'Never looked at the customer record',
		yes: 'yes',
		no: 'no',
		scores: 'Score, as a share of what was possible',
		overall: 'Overall',
		pivotal: 'The turns that mattered most',
		noPivotal: 'No costly turns: every choice was as good as it could be.',
		youSaid: 'You said',
		better: 'Better',
		why: 'Why',
		learnMore: 'Learn more: {title}',
		allChoices: 'Every choice you made',
		replay: 'Replay from the start',
		otherSide: 'Play the other side: {title}',
		saved: 'Result saved on this device.',
		notSaved: 'This browser is not keeping data, so this result will not be kept after you close the tab.',
		endings: {
			resolved: 'Resolved',
			callback: 'Callback arranged',
			escalated: 'Escalated',
			'caller-hung-up': 'The caller hung up',
			'ended-for-abuse': 'Call ended for abuse',
		},
		dimensions: {
			courtesy: 'Courtesy',
			empathy: 'Empathy',
			ownership: 'Ownership',
			efficiency: 'Efficiency',
			accuracy: 'Accuracy',
			boundaries: 'Boundaries',
		},
	},
	fr: {
		modeLegend: 'Comment voulez-vous jouer ?',
		modePractice: 'Entraînement',
		modePracticeHint: 'un retour après chaque choix',
		modeAssessment: 'Évaluation',
		modeAssessmentHint: 'le retour seulement à la fin',
		voice: 'Lire à voix haute les répliques de l’autre personne',
		voiceUnavailable: 'Votre navigateur ne sait pas lire à voix haute ; l’appel fonctionne aussi bien sans.',
		startCall: 'Commencer l’appel',
		callWith: 'En ligne : {name}',
		callTimer: 'Durée de l’appel',
		onHoldTotal: 'dont en attente : {time}',
		mood: 'Humeur de l’appelant',
		patience: 'Patience de l’appelant',
		stress: 'Votre stress',
		meterWords: 'très bas|bas|moyen|élevé|très élevé',
		transcript: 'Transcription de l’appel',
		you: 'Vous',
		narrator: 'Narration',
		agent: 'Conseiller',
		caller: 'Appelant',
		yourTurn: 'Que répondez-vous ?',
		shortcutHint: 'Astuce : pendant l’appel, les touches 1 à 4 choisissent une réponse.',
		feedback: 'Retour',
		record: 'Fiche client',
		recordHistory: 'Historique des appels',
		recordHidden: 'La fiche client est fermée. L’ouvrir fait partie de vos choix.',
		actionHold: 'Attente',
		actionTransfer: 'Transfert',
		actionRecord: 'Ouvrir la fiche',
		actionEnd: 'Fin d’appel',
		debrief: 'Bilan',
		outcome: 'Issue de l’appel',
		handleTime: 'Durée de l’appel',
		holdTime: 'Temps en attente',
		transfers: 'Transferts',
		recordLooked: 'Fiche client consultée',
		recordNotLooked: 'Fiche client jamais consultée',
		yes: 'oui',
		no: 'non',
		scores: 'Score, en part de ce qui était possible',
		overall: 'Global',
		pivotal: 'Les moments qui ont le plus compté',
		noPivotal: 'Aucun moment coûteux : chaque choix était le meilleur possible.',
		youSaid: 'Vous avez dit',
		better: 'Mieux',
		why: 'Pourquoi',
		learnMore: 'Pour aller plus loin : {title}',
		allChoices: 'Tous vos choix',
		replay: 'Rejouer depuis le début',
		otherSide: 'Jouer l’autre côté : {title}',
		saved: 'Résultat enregistré sur cet appareil.',
		notSaved: 'Ce navigateur ne conserve pas de données : ce résultat sera perdu à la fermeture de l’onglet.',
		endings: {
			resolved: 'Résolu',
			callback: 'Rappel prévu',
			escalated: 'Transmis à un niveau supérieur',
			'caller-hung-up': 'L’appelant a raccroché',
			'ended-for-abuse': 'Appel terminé pour propos abusifs',
		},
		dimensions: {
			courtesy: 'Courtoisie',
			empathy: 'Empathie',
			ownership: 'Prise en charge',
			efficiency: 'Efficacité',
			accuracy: 'Exactitude',
			boundaries: 'Limites',
		},
	},
	it: {
		modeLegend: 'Come vuole giocare?',
		modePractice: 'Allenamento',
		modePracticeHint: 'un commento dopo ogni scelta',
		modeAssessment: 'Valutazione',
		modeAssessmentHint: 'i commenti solo alla fine',
		voice: 'Leggere ad alta voce le battute dell’altra persona',
		voiceUnavailable: 'Il Suo browser non può leggere ad alta voce; la chiamata funziona ugualmente.',
		startCall: 'Inizia la chiamata',
		callWith: 'In linea: {name}',
		callTimer: 'Durata della chiamata',
		onHoldTotal: 'di cui in attesa: {time}',
		mood: 'Umore di chi chiama',
		patience: 'Pazienza di chi chiama',
		stress: 'Il Suo stress',
		meterWords: 'molto basso|basso|medio|alto|molto alto',
		transcript: 'Trascrizione della chiamata',
		you: 'Lei',
		narrator: 'Narratore',
		agent: 'Operatore',
		caller: 'Chi chiama',
		yourTurn: 'Che cosa risponde?',
		shortcutHint: 'Suggerimento: durante la chiamata, i tasti da 1 a 4 scelgono una risposta.',
		feedback: 'Commento',
		record: 'Scheda cliente',
		recordHistory: 'Storico delle chiamate',
		recordHidden: 'La scheda cliente è chiusa. Aprirla è una delle Sue scelte.',
		actionHold: 'Attesa',
		actionTransfer: 'Trasferimento',
		actionRecord: 'Apri la scheda',
		actionEnd: 'Fine chiamata',
		debrief: 'Resoconto',
		outcome: 'Come è finita la chiamata',
		handleTime: 'Durata della chiamata',
		holdTime: 'Tempo in attesa',
		transfers: 'Trasferimenti',
		recordLooked: 'Scheda cliente consultata',
		recordNotLooked: 'Scheda cliente mai consultata',
		yes: 'sì',
		no: 'no',
		scores: 'Punteggio, come quota del possibile',
		overall: 'Complessivo',
		pivotal: 'I momenti che hanno contato di più',
		noPivotal: 'Nessun momento costoso: ogni scelta era la migliore possibile.',
		youSaid: 'Lei ha detto',
		better: 'Meglio',
		why: 'Perché',
		learnMore: 'Per approfondire: {title}',
		allChoices: 'Tutte le Sue scelte',
		replay: 'Ricomincia da capo',
		otherSide: 'Giochi dall’altro lato: {title}',
		saved: 'Risultato salvato su questo dispositivo.',
		notSaved: 'Questo browser non conserva dati: il risultato andrà perso alla chiusura della scheda.',
		endings: {
			resolved: 'Risolta',
			callback: 'Richiamata fissata',
			escalated: 'Passata a un livello superiore',
			'caller-hung-up': 'Chi chiama ha riattaccato',
			'ended-for-abuse': 'Chiamata chiusa per insulti',
		},
		dimensions: {
			courtesy: 'Cortesia',
			empathy: 'Empatia',
			ownership: 'Presa in carico',
			efficiency: 'Efficienza',
			accuracy: 'Precisione',
			boundaries: 'Limiti',
		},
	},
};
