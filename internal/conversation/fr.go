package conversation

import (
	"fmt"
	"slices"
	"strings"

	"pimmsbot/internal/secret"
)

// French is the message catalogue: every sentence a resident reads comes
// from here. Texts are in the FAQ markup; {site.*} placeholders are filled
// from the site's configuration. The non-breaking spaces French typography
// wants before « : ; ? ! » and inside « guillemets » are added by frenchSpaces.
var French = struct {
	Welcome, AskPrompt, Empty                    string
	Unknown, UnknownAgain, Clarify, ClarifyOther string
	// GreetAgain answers a second greeting in a conversation; NoList a
	// number typed where no list of choices is open.
	GreetAgain, NoList string
	// OfferedBefore and OfferedBeforeTheme (%s: the theme's label) answer
	// a question for which the bot has only the entries the resident
	// refused already.
	OfferedBefore, OfferedBeforeTheme string
	// OutOfScope answers a message the engine found nothing in (see
	// outOfScope): what the PIMMS does, plainly, and a mediator as an
	// option for a démarche.
	OutOfScope string
	// FollowUp answers a follow-up to the entry just answered (« c'est
	// combien ? »), whose title it names.
	FollowUp                         string
	OtherLanguage, Ack, LittleFrench string
	// Worry comes before « je ne suis pas sûr » or the suggestions when the
	// message reads somewhat like danger (catalog.Result.Worry).
	Worry string
	// Sad answers a message of tears alone, or a cry for help alone
	// (catalog.Result.Cry), after Worry.
	Sad string
	// NotUnderstood answers a resident who did not understand, or finds
	// it too hard; it ends with the mediator's question.
	NotUnderstood string
	// Bot answers « vous êtes un robot ? »; it ends with the mediator's
	// question.
	Bot string
	// RatingAgain asks once more for a rating after words that give none
	// (« très bien merci »).
	RatingAgain string
	// StillNumbers comes before the numbers of the emergencies a resident
	// wrote of, given again when their ticket is closed.
	StillNumbers string
	// AlsoPassedOn follows an answer of the FAQ given while the ticket
	// waits, when the receipt was given a moment before.
	AlsoPassedOn string
	// FollowUpQuote (%s: the entry's title) heads the paragraphs of an
	// answer quoted for a follow-up, FollowUpMore ends them;
	// FollowUpMissing says the answer does not tell what the follow-up
	// asks.
	FollowUpQuote, FollowUpMore, FollowUpMissing string
	// OfferMediator asks whether the resident wants a mediator.
	OfferMediator string
	// NothingAsked answers a « oui » or a « non » when the bot asked
	// nothing.
	NothingAsked                                         string
	Confirm                                              string
	FeedbackThanks, FeedbackAlready, FeedbackSorry       string
	FeedbackSorryHandover, OtherQuestion, OtherQuestions string
	// OtherUnsure, OtherUnsureOne and OtherNotUnderstood quote (%s) a
	// question of a message the bot is not sure of, below the answer to
	// another: entries offered for it, one, or none.
	OtherUnsure, OtherUnsureOne, OtherNotUnderstood string
	// Declined says, for each kind of question the engine declines
	// (catalog.Result.Declines), why the bot does not answer it.
	Declined                                     map[string]string
	ThemesIntro, ThemeIntro                      string
	HandoverOpen, HandoverClosed, HandoverNoDesk string
	// UrgentOpen and UrgentClosed are the receipt of the ticket an
	// emergency opens: the numbers stay the resident's next step.
	UrgentOpen, UrgentClosed string
	// EmergencyThemeIntro heads the menu of emergencies, before its
	// situations.
	EmergencyThemeIntro                                  string
	HandoverAlready, WaitingReminder, ClaimedReminder    string
	ReceiptOpen, ReceiptClosed                           string
	Claimed, Ended, EndedByResident, NothingToEnd        string
	ClaimedTeam                                          string
	CancelledByResident                                  string
	ClosedUnanswered                                     string
	RatingAsk, RatingThanks, RatingAlready               string
	Help, Privacy, Hours, HoursUnknown, UnknownCommand   string
	EraseConfirm, EraseDone, EraseCancelled, ExportIntro string
	EraseUrgent                                          string
	ExportEmpty, MediaOutside, MediaVoice, SecretWarning string
	// SecretToMediator replaces SecretWarning for a resident whose ticket
	// is open (a mediator may have asked); MaskedForMediator follows a
	// message of theirs the mediators read with a secret masked.
	SecretToMediator, MaskedForMediator        string
	HandoverEntryOffer, WaitNotice, KeepAsking string
	// The texts of a network of several sites: the welcome of a
	// resident who has no site yet, their site, the postcode question.
	WelcomeNetwork, SiteIs, SiteIntro, SiteLocked, HelpSite string
	PostcodeAsk, PostcodeChoose, PostcodeNone, ExportSite   string
	Transferred                                             string
	// NetworkName stands for {site.name} in a network of several sites
	// while the resident has not chosen theirs: no site is named for them.
	NetworkName string
	// PrivateOnly and StaleButton are sent by channels as they are (no
	// placeholders, typography already applied).
	PrivateOnly, StaleButton string
}{
	Welcome: "Bonjour et bienvenue au **{site.name}** !\n\n" +
		"Je suis l'assistant automatique du PIMMS. Je réponds aux questions sur vos démarches : CAF, santé, papiers, impôts, emploi, énergie…\n\n" +
		"Un médiateur peut prendre le relais si besoin.\n\n" +
		"Vos messages sont enregistrés pour vous aider. Pour en savoir plus : /confidentialite.",
	WelcomeNetwork: "Bonjour et bienvenue !\n\n" +
		"Je suis l'assistant automatique des PIMMS. Je réponds aux questions sur vos démarches : CAF, santé, papiers, impôts, emploi, énergie…\n\n" +
		"Un médiateur peut prendre le relais si besoin.\n\n" +
		"Vos messages sont enregistrés pour vous aider. Pour en savoir plus : /confidentialite.",
	SiteIs:    "Vous êtes en contact avec le **{site.name}**. Pour changer de PIMMS, tapez /site.",
	SiteIntro: "Votre PIMMS :",
	SiteLocked: "Votre demande en cours reste suivie par ce PIMMS. " +
		"Vous pourrez changer de PIMMS quand elle sera terminée.",
	HelpSite: "- /site : votre PIMMS, pour le voir ou le changer",
	PostcodeAsk: "Pour bien vous répondre, je dois savoir quel PIMMS est près de chez vous.\n\n" +
		"Quel est votre code postal ? Écrivez ses 5 chiffres.",
	PostcodeChoose: "Plusieurs PIMMS sont près de chez vous. Choisissez le vôtre :",
	PostcodeNone:   "Je ne trouve pas de PIMMS pour ce code postal.",
	ExportSite:     "Votre PIMMS : **{site.name}**.",
	NetworkName:    "PIMMS",
	Transferred: "Votre demande n° %d est maintenant suivie par le **{site.name}**. " +
		"Un médiateur de ce PIMMS va vous répondre ici.",
	AskPrompt: "Écrivez votre question en quelques mots. Par exemple : « J'ai perdu ma carte Vitale ».",
	Empty:     "Je n'ai pas reçu de texte. Écrivez votre question en quelques mots, s'il vous plaît.",
	Unknown: "Je ne suis pas sûr de pouvoir répondre à cette question.\n\n" +
		"Vous pouvez choisir un thème, écrire votre question autrement, ou parler à un médiateur.",
	LittleFrench: "Pas de problème. Écrivez avec des mots simples, même avec des fautes : je vais essayer de comprendre.\n\n" +
		"Vous pouvez aussi parler à un médiateur, ou venir au PIMMS.",
	Sad: "Je suis là pour vous aider. Écrivez en quelques mots ce qui se passe, même avec des fautes, ou touchez un bouton.",
	NotUnderstood: "Ce n'est pas grave : ces démarches sont souvent compliquées. " +
		"Un médiateur peut les faire avec vous, pas à pas : " + mediatorQuestion,
	Bot: "Je suis un assistant automatique, pas une personne. Je réponds aux questions sur les démarches.\n\n" +
		"Les médiateurs du PIMMS sont des personnes. Un médiateur peut vous répondre : " + mediatorQuestion,
	RatingAgain:     "Merci ! Pour nous aider à nous améliorer, touchez une note de 1 (pas du tout) à 5 (tout à fait).",
	StillNumbers:    "Prenez soin de vous. Ces numéros restent là pour vous, à tout moment :",
	AlsoPassedOn:    "Votre message est aussi transmis au médiateur.",
	FollowUpQuote:   "Dans ma réponse sur « **%s** » :",
	FollowUpMore:    "Pour votre situation précise, un médiateur peut vous répondre.",
	FollowUpMissing: "Ma réponse sur « **%s** » ne le précise pas. Un médiateur peut vous répondre pour votre situation.",
	OfferMediator:   "Un médiateur peut vous aider : " + mediatorQuestion,
	NothingAsked:    "D'accord. Écrivez votre question en quelques mots, ou touchez un bouton.",
	Ack:             "Très bien. Si vous avez une autre question, écrivez-la ici.",
	OtherLanguage: "Je comprends seulement le français, désolé.\n\n" +
		"Écrivez votre question en français, avec des mots simples. Vous pouvez aussi choisir un thème, ou parler à un médiateur.",
	OutOfScope: "Je n'ai pas de réponse à cette question. Le PIMMS aide pour les démarches : CAF, santé, impôts, papiers, énergie, emploi… " +
		"Les autres sujets (météo, magasins, loisirs…) ne sont pas de son ressort.\n\n" +
		"Si votre question porte sur une démarche, choisissez un thème ou écrivez-la autrement. Un médiateur peut aussi vous orienter.",
	FollowUp: "Ce que je sais sur « **%s** » est dans ma réponse précédente. " +
		"Pour une question plus précise sur votre situation, un médiateur peut vous répondre.",
	UnknownAgain: "Je ne trouve toujours pas de réponse sûre, désolé.\n\n" +
		"Un médiateur peut vous aider : " + mediatorQuestion,
	Clarify: "Votre question concerne :",
	Confirm: "Votre question concerne-t-elle : **%s** ?",
	Worry:   "Si vous êtes en danger, appelez le 112. Si vous pensez au suicide, appelez le 3114. C'est gratuit, jour et nuit.",
	OfferedBefore: "Je n'ai pas d'autre réponse à vous proposer que celles que vous avez écartées. " +
		"Un médiateur peut vous aider, ou choisissez un thème.",
	OfferedBeforeTheme: "Je n'ai pas d'autre réponse à vous proposer que celles que vous avez écartées. " +
		"Un médiateur peut vous aider, ou regardez toutes les questions du thème « %s ».",
	GreetAgain: "Bonjour ! Je vous écoute : écrivez votre question en quelques mots, ou choisissez un thème.",
	NoList: "Aucune liste de choix n'est ouverte : ce numéro ne choisit rien. " +
		"Écrivez votre question en quelques mots, ou choisissez un thème.",
	ClarifyOther:          "D'accord. Écrivez votre question autrement, avec d'autres mots. Vous pouvez aussi parler à un médiateur.",
	FeedbackThanks:        "Merci pour votre retour !",
	FeedbackAlready:       "Votre avis sur cette réponse est déjà noté. Merci !",
	FeedbackSorry:         "Désolé que cette réponse ne vous aide pas. Vous pouvez écrire votre question autrement, ou parler à un médiateur.",
	FeedbackSorryHandover: "Désolé que cette réponse ne vous aide pas. Un médiateur a votre demande : écrivez-lui ici ce que vous cherchez.",
	Declined: map[string]string{
		"opinion": "Je ne peux pas donner mon avis : c'est à vous de choisir. " +
			"Je peux expliquer les démarches, et un médiateur peut en parler avec vous.",
		"recommendation": "Je ne peux pas conseiller une personne, une entreprise ou un produit. " +
			"Je peux expliquer les démarches, et un médiateur peut vous aider à chercher.",
		"pay":   "Je ne connais pas les salaires des métiers. Je réponds aux questions sur les démarches : CAF, santé, impôts, papiers…",
		"price": "Je ne connais pas les prix des entreprises privées. Je réponds aux questions sur les démarches : CAF, santé, impôts, papiers…",
		"device": "Je ne peux pas aider à installer ou à réparer un appareil. " +
			"Un médiateur du PIMMS peut vous aider à faire vos démarches en ligne.",
		"hours": "Je ne connais pas les horaires des autres organismes. Regardez sur leur site officiel, ou demandez à un médiateur.",
		"news": "Je ne connais pas l'actualité : grèves, perturbations, trafic du jour. Regardez le site ou l'application " +
			"de l'organisme concerné (transporteur, administration), ou demandez à un médiateur.",
	},
	OtherQuestion:      "Pour votre autre question, touchez ce bouton :",
	OtherQuestions:     "Pour vos autres questions, touchez un bouton :",
	OtherUnsure:        "Pour « %s », je ne suis pas sûr d'avoir compris. Est-ce l'une de ces questions ?",
	OtherUnsureOne:     "Pour « %s », je ne suis pas sûr d'avoir compris. Est-ce cette question ?",
	OtherNotUnderstood: "Je n'ai pas compris « %s ». Pouvez-vous l'écrire autrement ?",
	ThemesIntro:        "Choisissez un thème :",
	ThemeIntro:         "Choisissez une question :",
	HandoverOpen: "C'est noté : un médiateur va vous répondre ici dès que possible (demande n° %d).\n\n" +
		"Vous pouvez déjà écrire votre message. Pour arrêter, tapez /fin.",
	HandoverClosed: "Le PIMMS est fermé en ce moment. Il ouvre %s.\n\n" +
		"Laissez votre message ici : un médiateur vous répondra dès l'ouverture (demande n° %d). Pour arrêter, tapez /fin.",
	UrgentOpen: "Un médiateur du PIMMS est prévenu : il va vous écrire ici dès que possible (demande n° %d).\n\n" +
		"Si vous êtes en danger, n'attendez pas : appelez le 112. C'est gratuit, jour et nuit.",
	UrgentClosed: "Le PIMMS est fermé en ce moment. Il ouvre %s. Un médiateur vous écrira ici à l'ouverture (demande n° %d).\n\n" +
		"D'ici là, si vous êtes en danger, n'attendez pas : appelez le 112. C'est gratuit, jour et nuit.",
	EmergencyThemeIntro: "Si vous êtes en danger, appelez le 112. Si vous pensez au suicide, appelez le 3114. " +
		"C'est gratuit, jour et nuit.\n\nChoisissez votre situation :",
	HandoverNoDesk:  "Les médiateurs ne répondent pas sur cette messagerie. Pour parler à un médiateur :",
	WaitNotice:      "Aucun médiateur n'a encore pu vous répondre, désolé. Votre message reste transmis. Pour avoir une réponse plus vite :",
	KeepAsking:      "Je reste là pour répondre à vos autres questions.",
	HandoverAlready: "Votre demande est déjà transmise à un médiateur (n° %d). Écrivez votre message ici.",
	ReceiptOpen:     "Votre message est transmis. Un médiateur vous répondra ici dès que possible.",
	ReceiptClosed:   "Votre message est transmis. Le PIMMS est fermé en ce moment : un médiateur vous répondra à l'ouverture%s.",
	WaitingReminder: "Votre demande est en attente d'un médiateur. Vous pouvez écrire votre message ici. Pour arrêter, tapez /fin.",
	ClaimedReminder: "Vous êtes en conversation avec un médiateur. Pour arrêter, tapez /fin.",
	Claimed:         "%s, de l'équipe de médiation du PIMMS, s'occupe de votre demande. Vous pouvez lui écrire ici.",
	ClaimedTeam:     "%s s'occupe de votre demande. Vous pouvez lui écrire ici.",
	Ended:           "La conversation est terminée. Merci d'avoir contacté le {site.name}.",
	ClosedUnanswered: "Votre demande n° %d est close.\n\n" +
		"Si vous avez encore besoin d'aide, écrivez votre question ici, ou demandez de nouveau un médiateur.",
	EndedByResident:     "C'est noté : la conversation avec le médiateur est terminée.",
	CancelledByResident: "C'est noté : votre demande n° %d est annulée. Vous pouvez poser une autre question ici.",
	NothingToEnd: "C'est noté. Je vous écris seulement pour répondre à vos messages : si vous n'écrivez pas, vous ne recevez rien.\n\n" +
		"Pour effacer vos messages, tapez /oublier.",
	RatingAsk:     "L'aide reçue vous convient-elle ? Donnez une note de 1 (pas du tout) à 5 (tout à fait).",
	RatingAlready: "Votre note est déjà enregistrée. Merci ! Vous pouvez poser une autre question quand vous voulez.",
	RatingThanks:  "Merci pour votre note ! Vous pouvez poser une autre question quand vous voulez.",
	Help: "Je réponds aux questions sur vos démarches. Écrivez votre question, simplement.\n\n" +
		"- /themes : les questions par thème\n" +
		"- /mediateur : parler à un médiateur\n" +
		"- /horaires : horaires et adresse du PIMMS\n" +
		"- /fin : terminer la conversation avec un médiateur\n" +
		"- /mesdonnees : recevoir ce que nous avons enregistré\n" +
		"- /oublier : effacer vos données\n" +
		"- /confidentialite : ce que nous faisons de vos messages",
	Privacy: "Vos messages sont enregistrés par le {site.name} pour vous répondre et améliorer ce service. " +
		"Seule l'équipe du PIMMS les lit :\n\n" +
		"- les médiateurs, quand vous demandez à parler à l'un d'eux, ou quand votre message parle d'un danger ;\n" +
		"- le responsable de l'assistant, qui relit les questions mal comprises ou restées sans réponse pour l'améliorer.\n\n" +
		"Ils sont effacés après {site.retention} jours.\n\n" +
		"- /mesdonnees : recevoir une copie de vos données\n" +
		"- /oublier : tout effacer maintenant\n\n" +
		"Avec /oublier, vos messages sont effacés chez nous et dans l'espace des médiateurs. " +
		"Il n'en reste aucune trace dans nos fichiers au plus tard le lendemain. " +
		"Si une ancienne copie de sauvegarde est remise en service, vos données sont effacées de nouveau.\n\n" +
		"**N'envoyez jamais vos mots de passe, codes ou numéros de carte bancaire.**",
	// Hours gives the site's details in the layout of the FAQ's hours
	// entry (pimms-horaires-adresse).
	Hours: "**{site.name}**\n\n- **Adresse** : {site.address}\n- **Horaires** : {site.hours}.\n" +
		"- **Téléphone** : {site.phone}\n- **E-mail** : {site.email}",
	HoursUnknown:   "Les horaires ne sont pas indiqués ici.\n\nAppelez le {site.phone}.",
	UnknownCommand: "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire.",
	EraseUrgent: "**Attention** : votre demande urgente est ouverte. Si vous effacez vos données, les médiateurs ne pourront plus vous répondre.\n\n" +
		"En cas de danger, appelez le **112**.",
	EraseConfirm: "Voulez-vous vraiment effacer toutes vos données ? Vos messages et vos demandes seront supprimés. " +
		"Cette action est définitive.",
	EraseDone:      "Vos données sont effacées. Si vous nous écrivez de nouveau, une nouvelle conversation commencera.",
	EraseCancelled: "D'accord, rien n'est effacé.",
	ExportIntro: "Voici une copie de ce que nous avons enregistré à votre sujet : %s.\n\n" +
		"Le fichier joint contient le détail. Il s'ouvre avec une application de texte. " +
		"Il ne contient pas les notes de travail des médiateurs : vous pouvez les demander au {site.name}.",
	ExportEmpty: "Nous n'avions rien enregistré à votre sujet avant ce message.\n\n" +
		"Ce message et cette réponse sont maintenant enregistrés. Ils seront effacés après {site.retention} jours, " +
		"ou tout de suite si vous tapez /oublier.",
	MediaOutside: "Merci. Je ne sais lire que le texte : je ne peux pas regarder les photos, les fichiers ou les autocollants.\n\n" +
		"Écrivez votre question, ou parlez à un médiateur pour lui montrer votre document.",
	MediaVoice: "Merci. Je ne peux pas écouter les messages vocaux : écrivez votre question en quelques mots.\n\n" +
		"Si écrire est difficile, un médiateur peut vous aider.",
	SecretWarning: "**Attention** : n'envoyez jamais ici de mot de passe, de code, de numéro de sécurité sociale, de RIB ou de numéro de carte bancaire.\n\n" +
		"Nous avons masqué %s dans nos enregistrements.",
	SecretToMediator: "Pour votre sécurité, nous avons masqué %s : le médiateur voit seulement « masqué ». " +
		"S'il en a besoin, il vous posera la question de vive voix, au téléphone ou au PIMMS.",
	MaskedForMediator: "🔒 Masqué pour protéger l'usager : si ce numéro ou ce code vous est nécessaire, " +
		"demandez-le de vive voix, au téléphone ou à l'accueil du PIMMS.",
	HandoverEntryOffer: "Votre situation dépend de votre dossier : un médiateur peut le regarder avec vous.",
	PrivateOnly:        "Je réponds seulement en conversation privée\u00a0: écrivez-moi directement, en cliquant sur mon nom.",
	StaleButton:        "Ce bouton n'est plus valable.",
}

// mediatorQuestion ends the messages that ask whether the resident wants
// a mediator: below a button to one, a typed « oui » takes it
// (Resident.YesTo).
const mediatorQuestion = "voulez-vous lui parler ?"

// A Command is a /command residents can type, with what the platform's
// menu says of it.
type Command struct{ Name, Description string }

// Commands are the commands HandleResident understands, in menu order.
var Commands = []Command{
	{"start", "Accueil et menu"},
	{"themes", "Les questions par thème"},
	{"mediateur", "Parler à un médiateur"},
	{"horaires", "Horaires et adresse du PIMMS"},
	{"aide", "Ce que je sais faire"},
	{"confidentialite", "Vos données et vos droits"},
	{"mesdonnees", "Recevoir ce qui est enregistré sur vous"},
	{"oublier", "Effacer vos données"},
	{"fin", "Terminer la conversation avec le médiateur"},
}

// SiteCommand shows the resident's PIMMS site and lets them change it.
// HandleResident always understands it; it is left out of Commands so
// that the menu of a network of one stays as it was: the channel of a
// network of several sites adds it to its menu.
var SiteCommand = Command{"site", "Votre PIMMS : le voir ou le changer"}

// Button labels.
var frButtons = struct {
	Ask, Themes, Human, Hours, Helpful, NotHelpful, Other, Yes, No, End string
	ConfirmYes, ConfirmNo, ChangeSite                                   string
}{
	Ask:        "❓ Poser une question",
	Themes:     "📚 Thèmes",
	Human:      "🧑 Parler à un médiateur",
	Hours:      "🕘 Horaires et adresse",
	Helpful:    "👍 Ça m'aide",
	NotHelpful: "👎 Pas vraiment",
	Other:      "Aucune de ces questions",
	ConfirmYes: "Oui",
	ConfirmNo:  "Non, autre chose",
	Yes:        "Oui, tout effacer",
	No:         "Non, garder",
	End:        "Terminer",
	ChangeSite: "📍 Changer de PIMMS",
}

// frenchSpaces puts a non-breaking space before : ; ? ! and inside « »,
// where French typography wants one, when the text has a plain space there.
func frenchSpaces(s string) string {
	if !lacksFrenchSpace(s) {
		return s // most FAQ answers: scanned faster than the replacer would
	}
	return frenchReplacer.Replace(s)
}

// lacksFrenchSpace reports whether s holds one of frenchReplacer's
// patterns, a plain space where French typography wants a non-breaking
// one.
func lacksFrenchSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ';', '?', '!':
			if i > 0 && s[i-1] == ' ' {
				return true
			}
		case 0xC2: // « is C2 AB, » is C2 BB
			if i+1 < len(s) && s[i+1] == 0xAB && i+2 < len(s) && s[i+2] == ' ' ||
				i+1 < len(s) && s[i+1] == 0xBB && i > 0 && s[i-1] == ' ' {
				return true
			}
		}
	}
	return false
}

var frenchReplacer = strings.NewReplacer(
	" :", "\u00a0:", " ;", "\u00a0;", " ?", "\u00a0?", " !", "\u00a0!",
	"« ", "«\u00a0", " »", "\u00a0»",
)

// say formats a catalogue text and applies French typography to the
// template only, never to the arguments.
func say(format string, args ...any) string {
	return fmt.Sprintf(frenchSpaces(format), args...)
}

// secretNames says in French what each kind of secret is, as « Nous avons
// masqué … » needs it.
var secretNames = map[secret.Kind]string{
	secret.NIR:       "votre numéro de sécurité sociale",
	secret.Bank:      "vos coordonnées bancaires",
	secret.Card:      "le numéro de votre carte bancaire",
	secret.CardCode:  "le code de votre carte bancaire",
	secret.TaxNumber: "votre numéro fiscal",
	secret.Password:  "votre mot de passe ou votre code", // a one-time code is one too
}

// secretWarning is the warning a resident reads after sending secrets: it
// names what was masked, and only that. A resident whose ticket is open
// (toMediator) is told the mediator does not see it, without the
// warning: the mediator may have asked for it.
func secretWarning(kinds []secret.Kind, toMediator bool) string {
	var names []string
	for _, k := range kinds {
		if n, ok := secretNames[k]; ok && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	var what string
	switch len(names) {
	case 0:
		what = "ce que vous avez écrit de secret"
	case 1:
		what = names[0]
	default:
		what = strings.Join(names[:len(names)-1], ", ") + " et " + names[len(names)-1]
	}
	if toMediator {
		return say(French.SecretToMediator, what)
	}
	return say(French.SecretWarning, what)
}
