export const lms = {
	connecting: 'Connessione alla Sua piattaforma di formazione…',
	connected: 'La Sua piattaforma di formazione riceve i Suoi progressi e risultati.',
	noLms: 'Nessuna piattaforma di formazione trovata: i Suoi progressi restano solo in questo browser.',
	failed:
		'La Sua piattaforma di formazione non ha accettato l’ultimo risultato ({error}). I Suoi progressi restano in questo browser; ricarichi il corso per inviarlo di nuovo.',
	frameTitle: 'Corso: {title}',
	moduleDescription: 'Un modulo di Both Ends con il suo quiz: {title}.',
	pathDescription: 'Un percorso di Both Ends: {title}.',
};
