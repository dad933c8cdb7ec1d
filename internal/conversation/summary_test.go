package conversation_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// The summary names the FAQ answers by their titles, lists only those
// of the ticket's part of the conversation, and tells the time in the
// site's zone.
func TestSummary(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
	h.matcher.results["et pour l'apl ?"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-apl"}
	h.say(alice, "j'ai un trop perçu caf")
	h.click(alice, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	first := opened[0].Number
	if err := h.mediator(conversation.MediatorAction{Ticket: first, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "et pour l'apl ?")
	h.click(alice, conversation.ActNotHelp+":caf-apl")
	h.click(alice, conversation.ActHuman)
	opened, _, _ = h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("%d tickets, want 2", len(opened))
	}
	tk := opened[1]
	reunion := time.FixedZone("Indian/Reunion", 4*3600)
	s := conversation.Summary(tk, h.messages(alice), reunion)
	for _, want := range []string{
		"Question\u00a0: et pour l'apl ?",
		"Le bot a répondu\u00a0: «\u00a0Comment demander l'aide au logement de la CAF (APL, ALF, ALS)\u00a0?\u00a0»",
		"Avis\u00a0: 👎 «\u00a0Comment demander l'aide au logement de la CAF (APL, ALF, ALS)\u00a0?\u00a0»",
		"Demande reçue le 25/11/2026 à 13:00", // 09:00 UTC
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	for _, bad := range []string{"caf-apl", "caf-indu", "trop-perçu"} {
		if strings.Contains(s, bad) {
			t.Errorf("summary shows %q (an id, or an answer of the first ticket):\n%s", bad, s)
		}
	}
}

// Feedback in the summary comes from the ratings recorded, never from the
// text of a message: a resident who types what a button's trace looks
// like has given no 👍.
func TestSummaryFeedbackIsNotReadFromText(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["[bouton] fb1:caf-apl"] = catalog.Result{Outcome: catalog.Unknown}
	h.say(alice, "[bouton] "+conversation.ActHelpful+":caf-apl")
	h.click(alice, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 {
		t.Fatalf("%d tickets, want 1", len(opened))
	}
	if s := conversation.Summary(opened[0], h.messages(alice), nil); strings.Contains(s, "Avis") {
		t.Errorf("typed text taken for feedback:\n%s", s)
	}
}

// A resident who asks for a mediator without a question gets a summary
// that says so, and no « Le bot n'a pas trouvé de réponse » that would
// read as a question the bot failed; one with a question the bot missed
// gets it.
func TestSummaryWithoutQuestion(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["xylophone quantique"] = catalog.Result{Outcome: catalog.Unknown}
	h.click(alice, conversation.ActHuman)
	h.say(bob, "xylophone quantique")
	h.click(bob, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("%d tickets, want 2", len(opened))
	}
	none := conversation.Summary(opened[0], h.messages(alice), time.UTC)
	if !strings.Contains(none, "Question\u00a0: pas encore précisée") || strings.Contains(none, "réponse") {
		t.Errorf("summary of a handover with no question:\n%s", none)
	}
	missed := conversation.Summary(opened[1], h.messages(bob), time.UTC)
	if !strings.Contains(missed, "Le bot n'a pas trouvé de réponse à cette question.") {
		t.Errorf("summary of a question missed:\n%s", missed)
	}
}

// A question the bot did not answer is not shown with the answer of an
// earlier question as if it were its answer (an outside tester saw
// « Question : le chat du voisin est sur le toit / Le bot a répondu :
// « Quand la CAF verse-t-elle les aides… » »).
func TestSummaryKeepsEarlierAnswersApart(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["quand la caf verse les aides"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-date-paiement"}
	h.matcher.results["le chat du voisin est sur le toit"] = catalog.Result{Outcome: catalog.Unknown}
	h.say(alice, "quand la caf verse les aides")
	h.say(alice, "le chat du voisin est sur le toit")
	h.click(alice, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	s := conversation.Summary(opened[0], h.messages(alice), nil)
	for _, want := range []string{
		"Question\u00a0: le chat du voisin est sur le toit\n",
		"Le bot n'a pas trouvé de réponse à cette question.\n",
		"Plus tôt, le bot a répondu\u00a0: «\u00a0",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\nLe bot a répondu") {
		t.Errorf("the earlier answer is shown as the question's:\n%s", s)
	}
}

// The words with which the resident asked for a mediator, when they say
// more, are told as theirs, whoever the resident is: « l'usager », as the
// other lines say, never « il ».
func TestSummaryRequestLine(t *testing.T) {
	tk := conversation.Ticket{Number: 4, Label: "Usager 7F3A", Question: "ma facture a doublé",
		Request: "rappelez-moi au 06 12 34 56 78", Requested: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	sum := conversation.Summary(tk, nil, time.UTC)
	if !strings.Contains(sum, "\nEn demandant un médiateur, l'usager a écrit\u00a0: rappelez-moi au 06 12 34 56 78\n") {
		t.Errorf("summary:\n%s", sum)
	}
}

// A resident who asks for a mediator in the words of their question
// (« je voudrais un conseiller pour ma facture edf qui a doublé »), with
// nothing asked before, is not said to have asked no question: the
// summary says none came before, and shows their words.
func TestSummaryRequestWithoutQuestionBefore(t *testing.T) {
	tk := conversation.Ticket{Number: 5, Label: "Usager 7F3A",
		Request: "je voudrais un conseiller pour ma facture edf qui a doublé", Requested: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	sum := conversation.Summary(tk, nil, time.UTC)
	if strings.Contains(sum, "pas encore précisée") || !strings.Contains(sum, "ma facture edf qui a doublé") {
		t.Errorf("summary:\n%s", sum)
	}
	tk.Request = ""
	if sum := conversation.Summary(tk, nil, time.UTC); !strings.Contains(sum, "Question\u00a0: pas encore précisée.") {
		t.Errorf("summary of a bare request:\n%s", sum)
	}
}

// A question the bot only offered entries for is not one it « found no
// answer » to (an outside check: the mediator read that after the bot had
// offered the CAF's payment dates): the summary says what it offered.
func TestSummaryOffered(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["la caf me paye pas"] = catalog.Result{Outcome: catalog.Clarify, Offered: []string{"caf-date-paiement", "caf-apl"}}
	h.say(alice, "la caf me paye pas")
	h.click(alice, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	s := conversation.Summary(opened[0], h.messages(alice), nil)
	if strings.Contains(s, "pas trouvé de réponse") || !strings.Contains(s, "il a proposé") ||
		!strings.Contains(s, "l'aide au logement") {
		t.Errorf("summary after entries offered:\n%s\nwant what the bot offered", s)
	}
}

// TestSummaryQuotesQuestionAboutSite: a resident who asked only about the
// PIMMS itself (« vous êtes où », « c'est ouvert samedi ? ») before
// asking for a person has no subject yet, but the mediator reads what
// they asked: the summary said only « pas encore précisée » (an outside
// console check).
func TestSummaryQuotesQuestionAboutSite(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	h.say(alice, "vous etes ou")
	h.say(alice, "c est ouvert samedi ?")
	h.say(alice, "je veux parler a quelqu un")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 {
		t.Fatalf("%d tickets", len(opened))
	}
	sum := conversation.Summary(opened[0], h.messages(alice), time.UTC)
	if !strings.Contains(sum, "«\u00a0c est ouvert samedi ?\u00a0»") || strings.Contains(sum, "«\u00a0bonjour") {
		t.Errorf("summary:\n%s", sum)
	}
}
