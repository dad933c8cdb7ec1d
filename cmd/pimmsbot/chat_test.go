package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
)

// runChatScript runs "pimmsbot chat" on a fresh database with the given
// piped input and returns what it printed and the database's path.
func runChatScript(t *testing.T, input string) (string, string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "new-dir", "x.db")
	var out, errOut bytes.Buffer
	code := Main(context.Background(), []string{"chat", "--db", db}, strings.NewReader(input), &out, &errOut)
	if code != 0 {
		t.Fatalf("chat exited %d: %s", code, errOut.String())
	}
	return out.String(), db
}

func TestChatPiped(t *testing.T) {
	out, db := runChatScript(t, "bonjour\nj ai perdu ma carte vitale\n")
	if !strings.Contains(out, "Bonjour") {
		t.Errorf("no greeting in:\n%s", out)
	}
	if !strings.Contains(out, "carte Vitale") || !strings.Contains(out, "ameli.fr") {
		t.Errorf("no carte Vitale answer in:\n%s", out)
	}
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r, err := store.Resident(context.Background(), console.Resident)
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := store.Messages(context.Background(), r.Conversation)
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, m := range msgs {
		if m.From == conversation.FromResident {
			said = append(said, m.Text)
		}
	}
	if strings.Join(said, "|") != "bonjour|j ai perdu ma carte vitale" {
		t.Errorf("stored resident messages = %q", said)
	}
	if len(msgs) != 4 {
		t.Errorf("stored %d messages, want 2 questions and 2 answers", len(msgs))
	}
}

// TestChatWholeJourney plays the resident and the mediator in one
// terminal, as a newcomer would.
func TestChatWholeJourney(t *testing.T) {
	script := strings.Join([]string{
		"/start",
		"3", // « Parler à un médiateur »
		"j'ai reçu un courrier de la caf que je comprends pas",
		":mediateur",
		":prendre",
		":note personne âgée, rappeler",
		"Bonjour, pouvez-vous me dire ce qui est écrit en haut du courrier ?",
		":faq caf-indu",
		":clore",
		":resident",
		"5",
		"merci",
	}, "\n") + "\n"
	out, _ := runChatScript(t, script)
	for _, want := range []string{
		"Nouvelle demande",                    // the desk sees the ticket
		"j'ai reçu un courrier de la caf",     // the resident's message reaches the desk
		"Camille, de l'équipe de médiation",   // the resident is told who answers
		"Camille\u00a0: Bonjour, pouvez-vous", // the reply reaches the resident
		"La conversation est terminée",        // closing
		"Donnez une note de 1",                // the satisfaction question
		"Merci pour votre note",               // the rating is taken
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the journey lacks %q", want)
		}
	}
	if strings.Contains(out, "🤖 personne âgée") {
		t.Error("the internal note reached the resident")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// suggestionQuestion returns the first of qs for which the engine makes
// the given suggestion, with the entries offered.
func suggestionQuestion(t *testing.T, outcome catalog.Outcome, qs ...string) (string, []string) {
	t.Helper()
	cat, err := loadCatalog("")
	if err != nil {
		t.Fatal(err)
	}
	m := catalog.NewMatcher(cat)
	for _, q := range qs {
		if r := m.Match(q); r.Outcome == outcome {
			return q, r.Offered
		}
	}
	t.Fatalf("none of %q gets a %v from the engine: add a question that does", qs, outcome)
	return "", nil
}

// TestChatSuggestions plays the one-tap tier with numbered choices: « Oui »,
// a pick among several, « Non », « Aucune de ces questions » as a second
// miss, and the mediator it offers; then the learning report shows the
// stored taps.
func TestChatSuggestions(t *testing.T) {
	cq, cOffered := suggestionQuestion(t, catalog.Confirm, "papiers voiture", "papiers de la voiture", "ARE date paiement", "la nationalite", "garde enfant", "ehpad")
	kq, kOffered := suggestionQuestion(t, catalog.Clarify, "attestation", "facture", "amende", "retraite")
	none := strconv.Itoa(len(kOffered) + 1) // « Aucune de ces questions »
	script := strings.Join([]string{
		cq, "1", // « Oui »
		kq, "1", // the first title
		cq, "2", // « Non, autre chose »: a miss
		kq, none, // « Aucune de ces questions »: a second miss
		"1", // « Parler à un médiateur »
	}, "\n") + "\n"
	out, db := runChatScript(t, script)
	for _, want := range []string{
		"Votre question concerne-t-elle\u00a0:",
		"[1] Oui",
		"[2] Non, autre chose",
		"Votre question concerne\u00a0:",
		"[" + none + "] Aucune de ces questions",
		"Écrivez votre question autrement",
		"Un médiateur peut vous aider",
		"Nouvelle demande", // the mediator's offer taken
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the chat lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}

	var rep, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"faq", "learn", "--db", db}, nil, &rep, &errOut); code != 0 {
		t.Fatalf("faq learn exited %d: %s", code, errOut.String())
	}
	report := rep.String()
	for _, id := range []string{cOffered[0], kOffered[0]} {
		i := strings.Index(report, "["+id+"]")
		if i < 0 {
			t.Fatalf("the learning report lacks %s:\n%s", id, report)
		}
		section, _, _ := strings.Cut(report[i:], "\n## ")
		if !strings.Contains(section, " acceptée") || !strings.Contains(section, "Formulations confirmées") {
			t.Errorf("%s: no confirmed wording in:\n%s", id, section)
		}
	}
	for _, q := range []string{"      - " + cq + "\n", "      - " + kq + "\n", "  - " + cq + "\n", "  - " + kq + "\n"} {
		if !strings.Contains(report, q) {
			t.Errorf("the learning report lacks the line %q:\n%s", q, report)
		}
	}
}

// TestChatEraseLeavesNoTrace: /oublier in the console erases, and the
// file holds none of the resident's words once chat ends (the running bot
// compacts hourly; the console, which has no such schedule, at its end).
func TestChatEraseLeavesNoTrace(t *testing.T) {
	out, db := runChatScript(t, "bonjour je m'appelle Zorglubette Kwaninou\nj ai perdu ma carte vitale\nZorglubette encore\n/oublier\n1\n")
	if !strings.Contains(out, "effacées") {
		t.Fatalf("no erasure in:\n%s", out)
	}
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("Zorglubette")) {
		t.Error("the erased resident's words are still in the file after chat")
	}
}

// TestChatSitesFile: chat reads PIMMS_SITES_FILE as serve does (an
// outside tester's sites file was silently ignored): a postcode served by
// two sites offers both, and a missing file is an error, not a start.
func TestChatSitesFile(t *testing.T) {
	dir := t.TempDir()
	file, err := filepath.Abs("../../internal/sites/testdata/network.yaml") // 69009: Vaise and Villeurbanne
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PIMMS_SITES_FILE", file)
	out, _ := runChatScript(t, "/mediateur\n69009\n2\n")
	for _, want := range []string{"PIMMS Médiation Lyon Vaise", "PIMMS Médiation Villeurbanne", "code postal"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat with a sites file lacks %q:\n%s", want, out)
		}
	}
	t.Setenv("PIMMS_SITES_FILE", filepath.Join(dir, "nope.yaml"))
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"chat", "--db", filepath.Join(dir, "x.db")}, strings.NewReader(""), &stdout, &stderr)
	if code == 0 || !strings.Contains(stderr.String(), "nope.yaml") {
		t.Errorf("chat with a missing sites file: exit %d, %q", code, stderr.String())
	}
}

// TestChatBadFlagOnce: a flag without its value is said once, with the
// usage, and exits 2 (it was printed twice).
func TestChatBadFlagOnce(t *testing.T) {
	_, errOut, code := run(t, "chat", "--db")
	if code != 2 || strings.Count(errOut, "il manque la valeur de --db") != 1 {
		t.Errorf("chat --db: exit %d\n%s", code, errOut)
	}
}

// TestChatGenericMediatorName: chat tells the resident what serve would
// with PIMMS_MEDIATOR_NAMES=generic (an outside tester still read
// « Camille »), in a sentence that does not say « du PIMMS » twice.
func TestChatGenericMediatorName(t *testing.T) {
	t.Setenv("PIMMS_MEDIATOR_NAMES", "generic")
	out, _ := runChatScript(t, "parler à un médiateur\n:mediateur\n:prendre\nBonjour\n")
	if strings.Contains(out, "Camille") || !strings.Contains(out, "Un médiateur du PIMMS s'occupe de votre demande") {
		t.Errorf("chat with generic names:\n%s", out)
	}
}
