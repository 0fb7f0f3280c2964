export const lms = {
	connecting: 'Connexion à votre plateforme de formation…',
	connected: 'Votre plateforme de formation reçoit votre progression et vos résultats.',
	noLms: 'Aucune plateforme de formation trouvée : votre progression est conservée dans ce navigateur uniquement.',
	failed:
		'Votre plateforme de formation n’a pas accepté le dernier résultat ({error}). Votre progression est conservée dans ce navigateur ; rechargez le cours pour l’envoyer de nouveau.',
	frameTitle: 'Cours : {title}',
	moduleDescription: 'Un module de Both Ends avec son quiz : {title}.',
	pathDescription: 'Un parcours de Both Ends : {title}.',
};
