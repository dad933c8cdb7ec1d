package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// « Je ne trouve toujours pas » is for a miss right after a miss: a
// greeting, the themes or the help in between start afresh.
func TestStillOnlyAfterAMissInARow(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["bonjour"] = catalog.Result{Outcome: catalog.Answer, ID: catalog.IntentGreeting}
	// Misses the engine nearly knew: one it found nothing in is told
	// what the PIMMS does instead (TestOutOfScopeSaysSo).
	for _, q := range []string{"xylophone quantique", "zorglub bidule", "trombone galactique"} {
		h.matcher.results[q] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.3}
	}
	for _, between := range []func(){
		func() { h.say(alice, "bonjour") },
		func() { h.say(alice, "/themes") },
		func() { h.click(alice, conversation.ActThemes) },
		func() { h.say(alice, "/aide") },
	} {
		h.say(alice, "xylophone quantique")
		between()
		if got := texts(h.say(alice, "zorglub bidule")); strings.Contains(got, "toujours") {
			t.Errorf("a miss after a fresh start says « toujours »:\n%s", got)
		}
		h.say(alice, "bonjour")
	}
	h.say(alice, "xylophone quantique")
	if got := texts(h.say(alice, "trombone galactique")); !strings.Contains(got, "toujours") {
		t.Errorf("a second miss in a row lacks « toujours »:\n%s", got)
	}
}

// A message that is only « aide », « menu » or « stop », whatever its case,
// accents or punctuation, runs /aide, /themes or /fin; a sentence with the
// word is a question.
func TestHelpWordsWithoutSlash(t *testing.T) {
	h := newHarness(t)
	if got := texts(h.say(alice, "Aide !")); !strings.Contains(got, "/mediateur") {
		t.Errorf("« Aide ! » gives:\n%s", got)
	}
	for _, word := range []string{"MENU", "retour"} {
		rs := h.say(alice, word)
		if len(rs) == 0 || !strings.HasPrefix(rs[0].Text, "Choisissez un thème") {
			t.Errorf("« %s » gives %+v", word, rs)
		}
	}
	if got := texts(h.say(alice, "stop.")); !strings.Contains(got, "seulement pour répondre à vos messages") {
		t.Errorf("« stop. » with no mediator gives:\n%s", got)
	}
	h.say(alice, "/mediateur")
	h.say(alice, "aide") // in a handover, words for the mediator
	// Nobody has answered yet: the request is cancelled (an outside
	// tester read « la conversation avec le médiateur est terminée »
	// although no mediator had come).
	if got := texts(h.say(alice, "Stop")); !strings.Contains(got, "votre demande n°") || !strings.Contains(got, "1 est annulée") {
		t.Errorf("« Stop » in a handover gives:\n%s", got)
	}
	msgs := h.messages(alice)
	relayed := false
	for _, m := range msgs {
		relayed = relayed || m.From == conversation.FromResident && m.Text == "aide"
	}
	if !relayed {
		t.Error("« aide » in a handover was not kept for the mediator")
	}
	h.matcher.results["j'ai besoin d'aide pour ma caf"] = catalog.Result{Outcome: catalog.Unknown}
	if got := texts(h.say(alice, "j'ai besoin d'aide pour ma caf")); strings.Contains(got, "/mediateur :") {
		t.Errorf("a sentence with « aide » gives the help:\n%s", got)
	}
}

// A resident who writes in another language and is not understood is
// told that the bot reads French, and offered a mediator, rather than
// that their question has no answer (an outside tester's « hello I need
// help with my CAF » and a question in Arabic got « pas sûr »). A second
// miss offers the mediator as for everyone; a French miss is unchanged.
func TestOtherLanguageSaysFrench(t *testing.T) {
	h := newHarness(t)
	for _, q := range []string{"hello I need help with my CAF", "السلام عليكم بغيت نجدد بطاقة الإقامة", "hola necesito ayuda"} {
		h.matcher.results[q] = catalog.Result{Outcome: catalog.Unknown}
	}
	h.matcher.results["zorglub bidule"] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.3} // a French miss
	h.matcher.results["bonjour"] = catalog.Result{Outcome: catalog.Answer, ID: catalog.IntentGreeting}
	for _, q := range []string{"hello I need help with my CAF", "السلام عليكم بغيت نجدد بطاقة الإقامة"} {
		h.say(alice, "bonjour")
		got := h.say(alice, q)
		if !strings.Contains(texts(got), "seulement le français") || !hasAction(got, conversation.ActHuman) {
			t.Errorf("%q gives:\n%s", q, texts(got))
		}
	}
	h.say(alice, "bonjour")
	if got := texts(h.say(alice, "zorglub bidule")); strings.Contains(got, "français") || !strings.Contains(got, "pas sûr") {
		t.Errorf("a French miss gives:\n%s", got)
	}
	if got := texts(h.say(alice, "hola necesito ayuda")); !strings.Contains(got, "toujours") {
		t.Errorf("a second miss in another language does not offer the mediator:\n%s", got)
	}
	un, _ := h.store.Unanswered(context.Background(), time.Time{})
	if len(un) != 4 {
		t.Errorf("%d unanswered questions kept, want 4", len(un))
	}
}
