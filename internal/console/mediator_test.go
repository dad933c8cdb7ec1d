package console_test

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
)

// playConsole runs the terminal over the real core, the embedded FAQ and
// a bbolt store, with input; configure, if given, completes the core's
// settings. It returns what the terminal showed and the store, open until
// the test ends.
func playConsole(t *testing.T, input string, configure func(*conversation.Config)) (string, *bolt.Store) {
	t.Helper()
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimmsbot.db"), bolt.Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var out bytes.Buffer
	term := console.New(&out)
	term.Echo = true
	ctx := context.Background()
	cfg := conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: catalogtest.Matcher(t),
		Channels: map[string]conversation.Channel{"console": term}, Desk: term, RetentionDays: 180,
	}
	if configure != nil {
		configure(&cfg)
	}
	svc, err := conversation.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := term.Run(ctx, strings.NewReader(input), svc); err != nil {
		t.Fatal(err)
	}
	return out.String(), store
}

// TestMediatorDeskIsFrench plays the outside tester's session on the
// mediator's side: the queue, a mistyped entry id, the history and the
// close read in French, as on Discord, with a no-break space before every
// colon; a second :prendre says the request is taken already (it printed
// nothing).
func TestMediatorDeskIsFrench(t *testing.T) {
	shown, _ := playConsole(t, strings.Join([]string{
		"j'ai un problème", "1", ":mediateur", ":file", ":prendre", ":prendre", ":faq retraite-attestation-paiement", ":historique", ":clore",
	}, "\n")+"\n", nil)
	for _, want := range []string{
		"· en attente d'un médiateur\n", // :file
		"La fiche «\u00a0retraite-attestation-paiement\u00a0» n'existe pas dans la FAQ.",
		"Vouliez-vous dire «\u00a0retraite-attestation\u00a0»",
		"pimmsbot faq list",
		"Usager\u00a0: j'ai un problème",
		"Usager a demandé à parler à un médiateur",
		"Bot\u00a0: ",
		"Demande prise en charge par Camille.",
		"Vous avez déjà pris la demande n° 1.",
		"Demande close.",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the terminal lacks %q", want)
		}
	}
	for _, english := range []string{"no FAQ entry", "waiting", "resident :", "mediator :", "bot :", "[bouton]", "human", "Impossible :", "statut : close"} {
		if strings.Contains(shown, english) {
			t.Errorf("the terminal shows %q", english)
		}
	}
	if m := regexp.MustCompile(`(?m)^.*[^\x{a0}\s]? : .*$`).FindString(stripResident(shown)); m != "" {
		t.Errorf("a plain space before a colon on the mediator's side: %q", m)
	}
	if t.Failed() {
		t.Log(shown)
	}
}

// stripResident keeps the lines the console itself writes for mediators:
// those of the history, the desk and the refusals, not the residents'
// and mediators' own words echoed.
func stripResident(shown string) string {
	var keep []string
	for _, l := range strings.Split(shown, "\n") {
		if strings.HasPrefix(l, "vous> ") || strings.HasPrefix(l, "médiateur> ") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

// TestNumberWithNoChoice: a number that matches no choice shown asks for
// one in range and reaches neither the engine nor the history.
func TestNumberWithNoChoice(t *testing.T) {
	shown, _ := playConsole(t, "j'ai un problème\n7\n0\n1.5\n", nil)
	if n := strings.Count(shown, "Tapez 1 ou 2."); n != 3 {
		t.Errorf("%d « Tapez un numéro », want 3:\n%s", n, shown)
	}
	if strings.Count(shown, "Je ne suis pas sûr") > 1 || strings.Contains(shown, "toujours pas") {
		t.Errorf("a number went to the engine:\n%s", shown)
	}
}

// TestUrgentOnceInTheDesk: an emergency in a claimed ticket reads
// « 🚨 URGENCE » once, and the ticket's status says it is urgent (the
// terminal printed « 🚨 urgence : 🚨 URGENCE : … »).
func TestUrgentOnceInTheDesk(t *testing.T) {
	shown, _ := playConsole(t, strings.Join([]string{
		"/mediateur", ":mediateur", ":prendre", ":usager", "il me frappe, j'ai peur",
	}, "\n")+"\n", nil)
	if n := strings.Count(strings.ToUpper(shown), "URGENCE\u00a0:"); n != 1 {
		t.Errorf("%d « URGENCE : » in the desk, want 1:\n%s", n, shown)
	}
	if !strings.Contains(shown, "· urgente") {
		t.Errorf("the ticket's status does not say it is urgent:\n%s", shown)
	}
}

// TestFAQWithoutID: « :faq » alone asks for the entry's id (it said « La
// fiche «  » n'existe pas »).
func TestFAQWithoutID(t *testing.T) {
	shown, _ := playConsole(t, "/mediateur\n:mediateur\n:faq\n", nil)
	if !strings.Contains(shown, "Donnez l'identifiant de la fiche") || strings.Contains(shown, "«\u00a0\u00a0»") {
		t.Errorf(":faq without an id:\n%s", shown)
	}
}

// TestNumberToTheMediator: once a mediator has asked a question, a number
// the resident types is their answer, sent to the mediator, not a tap on
// the « Terminer » shown before it (an outside tester's « 1 » closed the
// conversation, and « 2 » was swallowed with « Tapez 1. »).
func TestNumberToTheMediator(t *testing.T) {
	shown, _ := playConsole(t, strings.Join([]string{
		"parler a un mediateur", ":mediateur", ":prendre", "Combien d'enfants avez-vous ?", ":resident", "2", "1", ":mediateur", ":historique",
	}, "\n")+"\n", nil)
	if strings.Contains(shown, "Tapez 1") || strings.Contains(shown, "terminée") || strings.Contains(shown, "close") {
		t.Errorf("a number after the mediator's question was taken for a choice:\n%s", shown)
	}
	hist := shown[strings.LastIndex(shown, ":historique"):]
	for _, want := range []string{"Usager\u00a0: 2", "Usager\u00a0: 1"} {
		if !strings.Contains(hist, want) {
			t.Errorf("the mediator's history lacks %q:\n%s", want, hist)
		}
	}
}

// TestCloseUrgentUntakenAsksConfirmation: « :clore » on an urgent ticket
// nobody took is refused with why and how to confirm; « :clore oui »
// closes it, and the resident reads the emergency numbers with the
// close (an outside check: it closed with no word, the resident read
// only « Votre demande n° 1 est close »).
func TestCloseUrgentUntakenAsksConfirmation(t *testing.T) {
	shown, _ := playConsole(t, strings.Join([]string{
		"je voudrais voir un médiateur", "mon copain me bat depuis des mois", ":mediateur", ":clore", ":clore oui",
	}, "\n")+"\n", nil)
	refused, closed, _ := strings.Cut(shown, "médiateur> :clore oui")
	if !strings.Contains(refused, "est urgente et personne ne l'a prise en charge") || !strings.Contains(refused, "«\u00a0:clore oui\u00a0»") {
		t.Errorf("« :clore » on an urgent ticket nobody took:\n%s", refused)
	}
	if strings.Contains(refused, "est close") {
		t.Errorf("closed before the confirmation:\n%s", refused)
	}
	if !strings.Contains(closed, "est close") || !strings.Contains(closed, "3114") || !strings.Contains(closed, "🆘") {
		t.Errorf("the resident after « :clore oui »:\n%s", closed)
	}
}
