package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// TestStopWords: a resident who only asks the bot to stop (« arrête »,
// « stop les messages », « ne m'écrivez plus ») is told, briefly, what
// stops: the bot writes only to answer, and /oublier erases what they
// wrote; no choices follow (an outside check of the console: « stop » got
// « pas de conversation en cours avec un médiateur » and its buttons,
// « arrête » « je ne suis pas sûr », « stop les messages » the privacy
// entry offered). Lines of our own, by family: the verb alone or twice,
// with what is to stop, with politeness, or the wish said otherwise.
func TestStopWords(t *testing.T) {
	for _, q := range []string{
		"stop", "STOP !", "arrête", "Arrêtez.", "arrete svp", "stop stop", "arrête ça", "stop les messages",
		"stoppez les notifications", "arrêtez de m'écrire", "cessez de m'envoyer des messages", "arrête tout",
		"non arrête", "stop le bot", "ne m'écrivez plus", "m'envoyez plus de messages merci",
		"je ne veux plus de messages", "je veux plus recevoir de notifications svp", "plus de messages",
	} {
		h := newHarness(t)
		got := h.say(alice, q)
		if !strings.Contains(texts(got), "seulement pour répondre") || !strings.Contains(texts(got), "/oublier") {
			t.Errorf("%q = %q, want what stops", q, texts(got))
			continue
		}
		if a := actions(got); len(a) != 0 {
			t.Errorf("%q offers choices %v after a stop", q, a)
		}
		if c := h.conversation(alice); c.Questions != 0 || c.Unanswered != 0 {
			t.Errorf("%q counted as a question: %+v", q, c)
		}
	}
}

// TestNotStopWords: a question that holds a word of stopping, or asks to
// stop something else than the bot's messages, is a question.
func TestNotStopWords(t *testing.T) {
	for _, q := range []string{
		"stop les pubs au téléphone", "arrêt maladie", "comment arrêter mon abonnement internet",
		"la caf a arrêté de me payer", "je ne veux plus recevoir de courrier de la caf",
		"arrêtez de me demander des papiers, j'ai tout envoyé à la caf", "le bus ne s'arrête plus devant chez moi",
	} {
		h := newHarness(t)
		if got := texts(h.say(alice, q)); strings.Contains(got, "seulement pour répondre") {
			t.Errorf("%q = %q, want the question read", q, got)
		}
	}
}

// TestStopWordsInHandover: waiting for a mediator, « stop » alone
// cancels the request as before, while a longer « arrêtez de m'écrire »
// is words for the mediator, who reads them.
func TestStopWordsInHandover(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	if got := texts(h.say(alice, "arrêtez de m'écrire")); strings.Contains(got, "annulée") || strings.Contains(got, "seulement pour répondre") {
		t.Errorf("« arrêtez de m'écrire » in a handover = %q, want it relayed", got)
	}
	relayed := false
	for _, m := range h.messages(alice) {
		relayed = relayed || m.From == conversation.FromResident && m.Text == "arrêtez de m'écrire"
	}
	if !relayed {
		t.Error("« arrêtez de m'écrire » in a handover was not kept for the mediator")
	}
	if got := texts(h.say(alice, "stop")); !strings.Contains(got, "annulée") {
		t.Errorf("« stop » in a handover = %q, want the request cancelled", got)
	}
}

// TestStopLeavesRating: asked for a rating, a resident who says stop is
// not asked again; their next number is a question, not a rating.
func TestStopLeavesRating(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h.say(alice, "/fin")
	if mode := h.resident(alice).Mode; mode != conversation.ModeRating {
		t.Fatalf("after /fin with a mediator, mode %v, want the rating asked", mode)
	}
	h.say(alice, "arrête")
	if mode := h.resident(alice).Mode; mode != conversation.ModeBot {
		t.Errorf("after « arrête », mode %v, want back to the bot", mode)
	}
}
