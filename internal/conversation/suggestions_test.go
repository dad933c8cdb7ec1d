package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

func TestClarifyThenChoose(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["attestation"] = catalog.Result{Outcome: catalog.Clarify,
		Candidates: []catalog.Candidate{{ID: "caf-attestation", Score: 5}, {ID: "ameli-attestation-droits", Score: 4.8}},
		Offered:    []string{"caf-attestation", "ameli-attestation-droits"}}
	got := h.say(alice, "attestation")
	for _, a := range []string{"e:caf-attestation", "e:ameli-attestation-droits", conversation.ActOther, conversation.ActHuman} {
		if len(got) != 1 || !hasAction(got, a) {
			t.Fatalf("clarification = %q %v, want both candidates, « Aucune de ces questions » and a mediator", texts(got), actions(got))
		}
	}
	got = h.click(alice, "e:ameli-attestation-droits")
	if len(got) != 1 || len(got[0].Links) == 0 || got[0].Choice == "" {
		t.Fatalf("choice = %+v, want the entry with its sources and the choice shown", got)
	}
	// « Aucune de ces questions » keeps the question for the curators.
	h.say(alice, "attestation")
	got = h.click(alice, conversation.ActOther)
	if !hasAction(got, conversation.ActHuman) || !strings.Contains(texts(got), "autrement") {
		t.Errorf("« Aucune » = %q %v, want to write it otherwise, with a mediator", texts(got), actions(got))
	}
	un, err := h.store.Unanswered(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 1 || un[0].Question != "attestation" || un[0].Reason != conversation.ReasonClarifyOther || len(un[0].Candidates) != 2 {
		t.Fatalf("unanswered = %+v, want the clarified question with its candidates", un)
	}
	sg := suggestions(t, h)
	want := []string{"shown clarify", "accepted clarify ameli-attestation-droits", "shown clarify", "refused clarify"}
	if strings.Join(sg, "|") != strings.Join(want, "|") {
		t.Errorf("suggestions = %q, want %q", sg, want)
	}
	if c := h.conversation(alice); c.Questions != 2 || c.Clarified != 2 || c.Answered != 1 || c.Unanswered != 1 {
		t.Errorf("counts = %+v, want 2 questions, 2 clarified, 1 answered, 1 unanswered", c)
	}
}

// suggestions returns the stored suggestions as "event kind [entry]".
func suggestions(t *testing.T, h *harness) []string {
	t.Helper()
	sgs, err := h.store.SuggestionsSince(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sg := range sgs {
		out = append(out, strings.TrimSpace(sg.Event+" "+sg.Kind+" "+sg.Entry))
		if sg.Question == "" || len(sg.Offered) == 0 || sg.Conversation == 0 {
			t.Errorf("suggestion without its question or entries: %+v", sg)
		}
	}
	return out
}

func (h *harness) conversation(resident string) conversation.Conversation {
	h.t.Helper()
	c, err := h.store.Conversation(context.Background(), h.resident(resident).Conversation)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func confirmResult(id string) catalog.Result {
	return catalog.Result{Outcome: catalog.Confirm, Confidence: 0.6,
		Candidates: []catalog.Candidate{{ID: id, Score: 6}, {ID: "caf-apl", Score: 3}}, Offered: []string{id}}
}

func TestConfirmYes(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["ma carte verte de la sécu est partie avec mon sac"] = confirmResult("ameli-carte-vitale")
	got := h.say(alice, "ma carte verte de la sécu est partie avec mon sac")
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Votre question concerne-t-elle\u00a0: **") ||
		!strings.HasSuffix(got[0].Text, "**\u00a0?") || strings.Contains(got[0].Text, "?**") {
		t.Fatalf("confirm = %q, want « Votre question concerne-t-elle : titre ? »", texts(got))
	}
	if !hasAction(got, "y:ameli-carte-vitale") || !hasAction(got, conversation.ActNo) || len(got[0].Buttons) != 1 || len(got[0].Buttons[0]) != 2 {
		t.Fatalf("confirm buttons = %v, want [Oui] [Non, autre chose]", actions(got))
	}
	got = h.click(alice, "y:ameli-carte-vitale")
	if len(got) != 1 || len(got[0].Links) == 0 || got[0].Choice != "Oui" || !hasAction(got, "fb1:ameli-carte-vitale") {
		t.Fatalf("« Oui » = %+v, want the entry", got)
	}
	if sg := suggestions(t, h); strings.Join(sg, "|") != "shown confirm|accepted confirm ameli-carte-vitale" {
		t.Errorf("suggestions = %q", sg)
	}
	if r := h.resident(alice); len(r.Offered) != 0 || r.LastQuestion != "" {
		t.Errorf("the suggestion is still pending after « Oui »: %+v", r)
	}
	// The same button again is an old button: the entry, nothing stored.
	h.click(alice, "y:ameli-carte-vitale")
	if sg := suggestions(t, h); len(sg) != 2 {
		t.Errorf("an old « Oui » was stored again: %q", sg)
	}
}

func TestConfirmNoTwiceOffersMediator(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question un"] = confirmResult("ameli-carte-vitale")
	h.matcher.results["question deux"] = confirmResult("caf-apl")
	h.say(alice, "question un")
	first := h.click(alice, conversation.ActNo)
	if !strings.Contains(texts(first), "autrement") || !hasAction(first, conversation.ActHuman) || first[0].Choice != "Non, autre chose" {
		t.Fatalf("first « Non » = %q %v, want to write it otherwise", texts(first), actions(first))
	}
	h.say(alice, "question deux")
	second := h.click(alice, conversation.ActNo)
	if !strings.Contains(texts(second), "Un médiateur peut vous aider") || !hasAction(second, conversation.ActHuman) {
		t.Fatalf("second « Non » = %q %v, want the offer of a mediator", texts(second), actions(second))
	}
	un, _ := h.store.Unanswered(context.Background(), time.Time{})
	if len(un) != 2 || un[0].Reason != conversation.ReasonConfirmNo || un[1].Candidates[0] != "caf-apl" {
		t.Errorf("unanswered = %+v, want both refused questions", un)
	}
	// The mediator from the offer: a ticket with the question.
	h.click(alice, conversation.ActHuman)
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("mode = %v after asking for a mediator", r.Mode)
	}
}

func TestSuggestionThenMediator(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question"] = confirmResult("caf-apl")
	h.say(alice, "question")
	h.click(alice, conversation.ActHuman)
	if sg := suggestions(t, h); strings.Join(sg, "|") != "shown confirm|mediator confirm" {
		t.Errorf("suggestions = %q", sg)
	}
	if tk, err := h.store.Ticket(context.Background(), h.resident(alice).Ticket); err != nil || tk.Question != "question" {
		t.Errorf("ticket = %+v, %v, want the suggested question", tk, err)
	}
}

func TestNewQuestionDropsSuggestion(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question"] = confirmResult("caf-apl")
	h.say(alice, "question")
	h.say(alice, "j'ai perdu ma carte vitale")
	// « Non » on the old suggestion is an old button now.
	got := h.click(alice, conversation.ActNo)
	if strings.Contains(texts(got), "médiateur peut vous aider") {
		t.Errorf("old « Non » counted as a miss: %q", texts(got))
	}
	if un, _ := h.store.Unanswered(context.Background(), time.Time{}); len(un) != 0 {
		t.Errorf("old « Non » stored: %+v", un)
	}
}

// TestDontKnowTwiceOffersMediator: two questions in a row that the engine
// nearly knew offer the mediator. Questions it found nothing in are told
// what the PIMMS does instead (TestOutOfScopeSaysSo).
func TestDontKnowTwiceOffersMediator(t *testing.T) {
	h := newHarness(t)
	for _, q := range []string{"ma demande est bloquée depuis un mois", "ils me répondent jamais au guichet"} {
		h.matcher.results[q] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.3}
	}
	first := h.say(alice, "ma demande est bloquée depuis un mois")
	second := h.say(alice, "ils me répondent jamais au guichet")
	if !strings.Contains(texts(first), "pas sûr") || !hasAction(first, conversation.ActHuman) {
		t.Fatalf("first reply = %q, want an honest don't-know with a mediator button", texts(first))
	}
	if !strings.Contains(texts(second), "médiateur") || !hasAction(second, conversation.ActHuman) {
		t.Fatalf("second reply = %q, want the offer of a mediator", texts(second))
	}
	un, _ := h.store.Unanswered(context.Background(), time.Time{})
	if len(un) != 2 {
		t.Fatalf("%d unanswered questions kept, want 2", len(un))
	}
}

// TestUnansweredProposesNoEmergency: the curators' « fiche proposée » for
// a question the bot did not know is never an emergency entry (an outside
// tester's « le chat du voisin est sur le toit » proposed « Je n'ai nulle
// part où dormir ce soir »).
func TestUnansweredProposesNoEmergency(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["le chat du voisin est sur le toit"] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.3,
		Candidates: []catalog.Candidate{{ID: "urgence-hebergement", Score: 3}, {ID: "logement-assurance-habitation", Score: 2.5}}}
	h.say(alice, "le chat du voisin est sur le toit")
	un, err := h.store.Unanswered(context.Background(), time.Time{})
	if err != nil || len(un) != 1 || len(un[0].Candidates) != 1 || un[0].Candidates[0] != "logement-assurance-habitation" {
		t.Fatalf("unanswered = %+v, %v; want the one ordinary candidate", un, err)
	}
}

// An out-of-scope question keeps no candidate: « comment adopter un
// chat » showed the personal-data entry as « fiche proposée » to the
// curators (an outside tester's L5). A question the engine nearly knew
// keeps its candidates.
func TestUnknownKeepsLikelyCandidatesOnly(t *testing.T) {
	h := newHarness(t)
	cands := []catalog.Candidate{{ID: "pimms-donnees-personnelles", Score: 3.1}, {ID: "handicap-mdph", Score: 2.8}}
	h.matcher.results["comment adopter un chat"] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.03, Candidates: cands}
	h.matcher.results["mes données perso chat"] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.2, Candidates: cands}
	h.say(alice, "comment adopter un chat")
	h.say(bob, "mes données perso chat")
	un, err := h.store.Unanswered(context.Background(), time.Time{})
	if err != nil || len(un) != 2 {
		t.Fatalf("unanswered = %+v, %v", un, err)
	}
	for _, u := range un {
		if want := u.Question != "comment adopter un chat"; (len(u.Candidates) > 0) != want {
			t.Errorf("%q kept candidates %v", u.Question, u.Candidates)
		}
	}
}

// TestDeclinedSaysWhy: a question the engine declines (an opinion, a
// recommendation, a salary, a device, another office's hours, a private
// price) is told why the bot does not answer it, not « je ne suis pas
// sûr », with the mediator and the themes offered; every kind the engine
// declines has its sentence.
func TestDeclinedSaysWhy(t *testing.T) {
	h := newHarness(t)
	for _, kind := range catalog.DeclinedKinds() {
		q := "question " + kind
		h.matcher.results[q] = catalog.Result{Outcome: catalog.Unknown, Declines: kind}
		got := h.say(alice, q)
		if len(got) != 1 || got[0].Text == "" || strings.Contains(got[0].Text, "pas sûr") || !hasAction(got, conversation.ActHuman) {
			t.Errorf("%s: %q %v, want why, and the mediator offered", kind, texts(got), actions(got))
		}
		if plain(got[0].Text) != plain(conversation.French.Declined[kind]) {
			t.Errorf("%s: %q, want the sentence of its kind", kind, got[0].Text)
		}
	}
	// Real questions of the kind, through the engine.
	for _, q := range []string{"Pour qui je devrais voter aux élections ?", "c'est un bon médecin le docteur Dupont ?", "il y a grève des trains jeudi ?"} {
		if got := texts(h.say(bob, q)); strings.Contains(got, "pas sûr") {
			t.Errorf("%q = %q", q, got)
		}
	}
}

// plain returns s with its no-break spaces made plain.
func plain(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}
