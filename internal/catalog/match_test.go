package catalog

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestMatch(t *testing.T) {
	m := NewMatcher(testCatalog(t))
	tests := []struct {
		name, q string
		outcome Outcome
		id      string // for Answer
	}{
		// Entries.
		{"plain", "j'ai perdu ma carte vitale", Answer, "ameli-carte-vitale"},
		{"greeting then a question", "bonjour, j'ai perdu ma carte vitale", Answer, "ameli-carte-vitale"},
		{"capitals and no accents", "RENOUVELER MA CARTE D IDENTITE", Answer, "ants-carte-identite"},
		{"elision glued by a resident", "lattestation de droits", Answer, "ameli-attestation-droits"},
		{"glued elision and a typo", "renouveler ma carte didentitee", Answer, "ants-carte-identite"},
		{"sms fillers", "kom fair pr renouveler ma cni", Answer, "ants-carte-identite"},
		// Typos.
		{"typo, one edit", "renouvelement carte identite", Answer, "ants-carte-identite"},
		{"typo, transposition", "attestaiton de droits", Answer, "ameli-attestation-droits"},
		{"typo, two edits in a long word", "reinitialisr mon mot de passe", Answer, "numerique-mot-de-passe"},
		// Synonyms and abbreviations.
		{"cni", "ma cni est perimee", Answer, "ants-carte-identite"},
		{"mdp", "mdp oublié", Answer, "numerique-mot-de-passe"},
		{"pôle emploi is France Travail", "inscription pole emploi", Answer, "ft-inscription"},
		{"kaf and apl", "la kaf peut m'aider pour le loyer ?", Answer, "caf-apl"},
		// Intents.
		{"greeting", "Bonjour !", Answer, IntentGreeting},
		{"greeting sms", "bjr", Answer, IntentGreeting},
		{"greeting cc", "cc", Answer, IntentGreeting},
		{"thanks", "merci beaucoup", Answer, IntentThanks},
		{"thanks sms", "mrc", Answer, IntentThanks},
		{"goodbye", "au revoir", Answer, IntentGoodbye},
		{"goodbye a+", "a+", Answer, IntentGoodbye},
		{"handover", "je veux parler à quelqu'un", Answer, IntentHandover},
		{"handover conseiller", "un conseiller svp", Answer, IntentHandover},
		{"small talk words with something else", "vous partez en week-end à la montagne ?", Unknown, ""},
		{"a word of small talk that is also an entry's", "aide", Unknown, ""},
		{"handover one word", "humain", Answer, IntentHandover},
		{"handover sms", "svp un humain", Answer, IntentHandover},
		// Abstention.
		{"out of scope", "quel temps fera-t-il demain à Lyon", Unknown, ""},
		{"recipe", "recette de la blanquette de veau", Unknown, ""},
		{"empty", "", Unknown, ""},
		{"spaces", "   \t\n ", Unknown, ""},
		{"emoji only", "🙂🙏👍", Unknown, ""},
		{"punctuation only", "?!...", Unknown, ""},
		{"garbage", "xkcd qwzrt plomf", Unknown, ""},
		{"invalid utf-8", "\xff\xfe\xc3", Unknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Match(tt.q)
			if got.Outcome != tt.outcome || got.ID != tt.id {
				t.Errorf("Match(%q) = %v %q (confidence %.2f, candidates %v, tokens %q), want %v %q",
					tt.q, got.Outcome, got.ID, got.Confidence, got.Candidates, m.Tokens(tt.q), tt.outcome, tt.id)
			}
			checkResult(t, got)
		})
	}
}

// checkResult checks the invariants every Result keeps.
func checkResult(tb testing.TB, r Result) {
	tb.Helper()
	if r.Confidence < 0 || r.Confidence > 1 {
		tb.Errorf("confidence %v out of [0, 1]", r.Confidence)
	}
	if len(r.Candidates) > 3 {
		tb.Errorf("%d candidates, want at most 3", len(r.Candidates))
	}
	if (r.Outcome == Answer) != (r.ID != "") {
		tb.Errorf("outcome %v with id %q", r.Outcome, r.ID)
	}
	if r.Outcome == Answer && (len(r.Candidates) == 0 || r.Candidates[0].ID != r.ID) {
		tb.Errorf("answer %q is not the first candidate of %v", r.ID, r.Candidates)
	}
	switch r.Outcome {
	case Clarify:
		if len(r.Offered) < 2 || len(r.Offered) > 3 {
			tb.Errorf("clarify offering %v, want 2 or 3 entries", r.Offered)
		}
	case Confirm:
		if len(r.Offered) != 1 || len(r.Candidates) == 0 ||
			r.Offered[0] != r.Candidates[0].ID && !strings.HasPrefix(r.Candidates[0].ID, "urgence-") {
			tb.Errorf("confirm offering %v, want the best candidate of %v (or the one after an emergency)", r.Offered, r.Candidates)
		}
	default:
		if len(r.Offered) != 0 {
			tb.Errorf("%v offering %v", r.Outcome, r.Offered)
		}
	}
	for _, id := range r.Offered {
		if !slices.ContainsFunc(r.Candidates, func(c Candidate) bool { return c.ID == id }) {
			tb.Errorf("offered %q is not a candidate of %v", id, r.Candidates)
		}
	}
	for i := 1; i < len(r.Candidates); i++ {
		if r.Candidates[i].Score > r.Candidates[i-1].Score {
			tb.Errorf("candidates not best first: %v", r.Candidates)
		}
	}
}

func TestMatchClarify(t *testing.T) {
	c := testCatalog(t)
	c.Entries = append(c.Entries,
		&Entry{ID: "transport-carte-senior", Title: "Carte de réduction senior pour le bus", Questions: []string{"carte de bus senior", "réduction bus pour les retraités"}},
		&Entry{ID: "transport-carte-jeune", Title: "Carte de réduction jeune pour le bus", Questions: []string{"carte de bus jeune", "réduction bus pour les étudiants"}},
	)
	m := NewMatcher(c)
	got := m.Match("réduction bus")
	if got.Outcome != Clarify || got.ID != "" || len(got.Offered) != 2 {
		t.Fatalf("Match = %+v, want clarify between the two bus cards", got)
	}
	checkResult(t, got)
	if got := m.Match("réduction bus étudiants"); got.Outcome != Answer || got.ID != "transport-carte-jeune" {
		t.Errorf("with the decisive word, Match = %+v, want an answer", got)
	}
}

func TestMatchTokensUseCatalogue(t *testing.T) {
	m := NewMatcher(testCatalog(t))
	tests := []struct{ q, want string }{
		{"identite", "ident"},                  // accent restored from the content, same stem as identité
		{"sécu", "assur_malad"},                // synonym
		{"la sécurité sociale", "assur_malad"}, // multi-word variant
		{"pôle-emploi", "franc_travail"},       // hyphenated variant
		{"mot de passe", "mot_pass"},           // canonical phrase
		{"renouvelement", "renouvel"},          // typo
		{"lassurance maladie", "assur_malad"},  // glued elision
	}
	for _, tt := range tests {
		if got := strings.Join(m.Tokens(tt.q), " "); got != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestMatchEmptyCatalogue(t *testing.T) {
	for _, c := range []*Catalog{nil, {}} {
		m := NewMatcher(c)
		if got := m.Match("carte vitale"); got.Outcome != Unknown || len(got.Candidates) != 0 {
			t.Errorf("Match on an empty catalogue = %+v", got)
		}
	}
}

func TestMatchConcurrent(t *testing.T) {
	m := NewMatcher(testCatalog(t))
	want := m.Match("bonjour, j'ai perdu ma carte vitale")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				m.Match("renouvelement carte identite")
				if got := m.Match("bonjour, j'ai perdu ma carte vitale"); got.ID != want.ID || got.Confidence != want.Confidence {
					t.Errorf("concurrent Match = %+v, want %+v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestMatchHugeInput(t *testing.T) {
	m := NewMatcher(testCatalog(t))
	for _, q := range []string{
		strings.Repeat("a", 4000),
		strings.Repeat("carte vitale ", 400),
		strings.Repeat("é", 4000),
		strings.Repeat("🙂", 1000),
	} {
		checkResult(t, m.Match(q))
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"", "bonjour", "j'ai perdu ma carte vitale", "🙂", "a+", "l'", "qu'", "'''", "\xff", "caf caf caf"} {
		f.Add(s)
	}
	m := NewMatcher(testCatalog(f))
	f.Fuzz(func(t *testing.T, q string) {
		r := m.Match(q)
		checkResult(t, r)
		for _, tok := range Normalize(q) {
			if !utf8.ValidString(tok) || tok == "" {
				t.Errorf("Normalize(%q) gave token %q", q, tok)
			}
		}
	})
}

func TestMatchSmallTalk(t *testing.T) {
	m := NewMatcher(testCatalog(t))
	tests := []struct{ q, want string }{
		{"ok merci au revoir", IntentThanks}, // only small talk: the best of it
		{"bonsoir madame", IntentGreeting},
		{"Bonjour, j'ai oublié mon mot de passe", "numerique-mot-de-passe"}, // the greeting does not dilute the question
		{"merci, et pour la date de paiement caf ?", "caf-date-paiement"},
	}
	for _, tt := range tests {
		if got := m.Match(tt.q); got.Outcome != Answer || got.ID != tt.want {
			t.Errorf("Match(%q) = %v %q (%.2f, %v), want %q", tt.q, got.Outcome, got.ID, got.Confidence, got.Candidates, tt.want)
		}
	}
}

// TestMatchTieBrokenByExample checks that two entries that match the same
// words of a message do not tie when one of them has an example question
// found whole in the message and the other only scattered words.
func TestMatchTieBrokenByExample(t *testing.T) {
	c := testCatalog(t)
	c.Entries = append(c.Entries,
		&Entry{ID: "transport-bus-senior", Title: "Réduction senior pour les transports", Questions: []string{"abonnement de bus moins cher pour un retraité", "réduction bus senior"}},
		&Entry{ID: "transport-bus-horaires", Title: "Horaires des lignes de nuit", Questions: []string{"abonnement mensuel bus nuit et week-end", "horaires du bus de nuit en semaine", "retraité voyageant la nuit gratuitement", "ticket cher le dimanche matin", "abonnement annuel famille nombreuse", "retraité et handicapé en fauteuil", "bus de nuit en travaux", "abonnement scolaire collège lycée", "bus scolaire rentrée collège", "parking cher gare centre", "retraité ancien combattant invalide"}, Keywords: []string{"abonnement", "retraité"}},
	)
	q := "je suis retraité, un abonnement de bus moins cher ça existe ?"
	// The rule is tested without the re-ranker. With it, this catalogue,
	// where eleven examples of the runner-up use the message's words
	// against two of the right entry's, is a matter of the model: the
	// re-ranker trained gently (rerank.go) leans to the runner-up.
	p := defaultParams
	p.rerank = false
	p.clarifyShareGap = 2 // no tie-break by example questions
	if got := newMatcher(c, p).Match(q); got.Outcome != Clarify {
		t.Fatalf("without the tie-break, Match(%q) = %+v, want a clarification (the test no longer makes a tie)", q, got)
	}
	p.clarifyShareGap = defaultParams.clarifyShareGap
	got := newMatcher(c, p).Match(q)
	if got.Outcome != Answer || got.ID != "transport-bus-senior" {
		t.Errorf("Match(%q) = %+v, want the entry whose example question is in the message", q, got)
	}
	checkResult(t, got)
}

// When the best candidate is an emergency entry that the emergency reader
// did not raise, the entry after it is offered: « mon proprio veut me
// mettre dehors » is about the unpaid rent.
func TestSuggestAfterUnraisedEmergency(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	res := m.Match("mon proprio veu me mettre dehor")
	if len(res.Candidates) == 0 || res.Candidates[0].ID != "urgence-hebergement" {
		t.Skipf("the best candidate is no longer the emergency: %+v", res)
	}
	if res.Outcome != Confirm || !slices.Equal(res.Offered, []string{"logement-impayes-loyer"}) {
		t.Errorf("Match = %v %v, want logement-impayes-loyer offered", res.Outcome, res.Offered)
	}
}

// An emergency entry that the emergency reader does not raise is out of
// the running: the best of the other entries is answered when it would be
// on its own, not merely offered behind « Votre question concerne… ».
func TestUnraisedEmergencyGivesWay(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{"mon proprio veut me mettre dehors", "mon proprio veu me mettre dehor"} {
		r := m.Match(q)
		if r.Outcome != Answer || r.ID != "logement-impayes-loyer" || r.Emergency {
			t.Errorf("Match(%q) = %s %q (emergency %v), want an answer logement-impayes-loyer", q, r.Outcome, r.ID, r.Emergency)
		}
	}
}

// An amount does not drown the question it sits in, and a long run-on
// message about money the CAF takes back reaches the overpayment entry.
func TestAmountsAndRunOnMessages(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for q, want := range map[string]string{
		// An APL that did not come is the payment dates' question, offered
		// beside the APL's (TestBenefitNotReceived): the amount sits in
		// a question about the right to it.
		"je paie 245,50 € de loyer, j'ai droit à l'apl ?": "caf-apl",
		"bonjour alors voila la caf m'a envoyé un courrier comme quoi j'aurais touché trop d'argent l'année dernière " +
			"et maintenant ils me disent que je dois rembourser 1200 euros et ils vont prendre sur mes allocations chaque mois " +
			"mais moi je comprends pas j'ai toujours tout déclaré et avec mes enfants je vais pas m'en sortir": "caf-indu",
	} {
		if r := m.Match(q); r.Outcome != Answer || r.ID != want {
			t.Errorf("Match(%q) = %s %q %v, want an answer %s", q, r.Outcome, r.ID, r.Offered, want)
		}
	}
}
