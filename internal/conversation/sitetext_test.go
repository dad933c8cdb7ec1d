package conversation_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
)

// TestHoursAnswersCarryClosures: the FAQ's answers about the hours say
// the exceptional closures, as /horaires does. An outside tester, with
// the site closed today, read « venez aux heures d'ouverture » and « du
// lundi au vendredi… » with no word of it: the resident finds a closed
// door. The harness's clock is Wednesday 25 November, 10:00 in Paris.
func TestHoursAnswersCarryClosures(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := hours.Parse("lun-ven 09:00-17:00", []string{"2026-11-25", "2026-11-26"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, func(h *harness) { h.site.Hours = s })
	for _, ask := range []string{"e:pimms-horaires-adresse", "e:pimms-rendez-vous", conversation.ActHours} {
		got := texts(h.click(alice, ask))
		for _, want := range []string{"du lundi au vendredi", "Fermé exceptionnellement aujourd'hui (mercredi 25 novembre)", "demain (jeudi 26 novembre)"} {
			if !strings.Contains(strings.ReplaceAll(got, "\u00a0", " "), want) {
				t.Errorf("%s lacks %q:\n%s", ask, want, got)
			}
		}
		if strings.Count(got, "Fermé exceptionnellement") != 1 {
			t.Errorf("%s does not say the closures once:\n%s", ask, got)
		}
	}
}

// danglingColon finds a line that announces what follows (« avec du
// temps pour vous : ») and is followed by nothing, or by no list item.
var danglingColon = regexp.MustCompile(`:\s*(\n\s*\n|$)`)

// TestSiteAnswersWithEmptySite renders every FAQ answer that names the
// site with a site that gives nothing but its name (the default
// configuration, with and without hours): no answer may keep a
// placeholder, say « (non renseigné) », end a sentence on a colon
// followed by nothing (an outside tester read « prenez rendez-vous…
// avec du temps pour vous : » and then nothing), or leave an empty list
// item; and the address question still tells the resident what to do.
func TestSiteAnswersWithEmptySite(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	week, err := hours.Parse("lun-ven 09:00-12:30,13:30-17:00", nil, paris)
	if err != nil {
		t.Fatal(err)
	}
	cat := catalogtest.FAQ(t)
	for _, sched := range []*hours.Schedule{nil, week} {
		h := newHarness(t, func(h *harness) { h.site = conversation.Site{Name: "PIMMS Test", RetentionDays: 180, Hours: sched} })
		n := 0
		for _, e := range cat.Entries {
			if !strings.Contains(e.Answer, "{site.") {
				continue
			}
			n++
			got := texts(h.click(alice, conversation.ActEntry+":"+e.ID))
			first := strings.Split(got, "\n---\n")[0]
			switch {
			case first == "":
				t.Errorf("%s (hours %v): no answer", e.ID, sched != nil)
			case strings.Contains(first, "{site.") || strings.Contains(first, "renseign"):
				t.Errorf("%s (hours %v) keeps an empty detail:\n%s", e.ID, sched != nil, first)
			case danglingColon.MatchString(first):
				t.Errorf("%s (hours %v) ends a sentence on a colon followed by nothing:\n%s", e.ID, sched != nil, first)
			case regexp.MustCompile(`(?m)^\s*-\s*$|\( *\)| (au|à|le) *[.;,]`).MatchString(first):
				t.Errorf("%s (hours %v) has an empty item or detail:\n%s", e.ID, sched != nil, first)
			}
			if e.ID == "pimms-horaires-adresse" && !strings.Contains(first, "médiateur") {
				t.Errorf("%s with no address does not say whom to ask:\n%s", e.ID, first)
			}
		}
		if n < 5 {
			t.Fatalf("only %d entries name the site: is the FAQ the real one?", n)
		}
	}
}

// TestSiteDetailsAnswersLinkNoArticle: the answers that give the site's
// own hours and ways to book show no outside page: no page says a site's
// hours (an outside tester found them linked to a history article of
// pimmsmediation.fr). The other answers keep their sources.
func TestSiteDetailsAnswersLinkNoArticle(t *testing.T) {
	h := newHarness(t)
	for _, id := range []string{"pimms-horaires-adresse", "pimms-rendez-vous"} {
		got := h.click(alice, conversation.ActEntry+":"+id)
		if len(got) == 0 || len(got[0].Links) != 0 {
			t.Errorf("%s shows links %v", id, got[0].Links)
		}
	}
	if got := h.click(alice, conversation.ActEntry+":pimms-presentation"); len(got) == 0 || len(got[0].Links) == 0 {
		t.Errorf("pimms-presentation lost its sources: %v", got)
	}
}

// TestUnnamedSiteReadsPIMMS: a site configured with no name (the chat
// console's default, a sites file that leaves it out) is « le PIMMS » in
// every text that names it. A reviewer closing a ticket in chat read
// « Merci d'avoir contacté le (non renseigné) ».
func TestUnnamedSiteReadsPIMMS(t *testing.T) {
	h := newHarness(t, func(h *harness) { h.site = conversation.Site{RetentionDays: 180} })
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	for _, k := range []conversation.MediatorKind{conversation.MedClaim, conversation.MedClose} {
		if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: k, Name: "Camille"}); err != nil {
			t.Fatal(err)
		}
	}
	got := texts(h.channel.take(alice)) + texts(h.say(alice, "/confidentialite"))
	for _, want := range []string{"Merci d'avoir contacté le PIMMS.", "enregistrés par le PIMMS pour vous répondre"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "renseign") {
		t.Errorf("an unnamed site reads « non renseigné »:\n%s", got)
	}
}

// TestHoursOneLayout: the hours read alike in /horaires and in the FAQ's
// answers: one sentence after « Horaires : » with no colon of its own,
// every group of days in it (an outside check found the Saturday's on a
// line of its own, without a bullet), and the closures ending with a full
// stop. The harness's clock is Wednesday 25 November, 10:00 in Paris.
func TestHoursOneLayout(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := hours.Parse("lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00", []string{"2026-11-26"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, func(h *harness) { h.site.Hours = s })
	want := "du lundi au vendredi, de 9\u00a0h à 12\u00a0h\u00a030 et de 13\u00a0h\u00a030 à 17\u00a0h\u00a0; le samedi, de 9\u00a0h à 12\u00a0h. " +
		"Fermé exceptionnellement demain (jeudi 26 novembre)."
	for _, ask := range []string{conversation.ActHours, "e:pimms-horaires-adresse"} {
		got := h.click(alice, ask)
		if len(got) == 0 {
			t.Fatalf("%s: no reply", ask)
		}
		var line string
		for _, l := range strings.Split(got[0].Text, "\n") {
			if strings.Contains(l, "Horaires") {
				line = l
			}
		}
		norm := strings.NewReplacer(" h", "\u00a0h", "h 3", "h\u00a03", " ;", "\u00a0;").Replace(line)
		if !strings.HasSuffix(norm, "\u00a0: "+want) || strings.Count(line, ":") != 1 {
			t.Errorf("%s: hours line %q, want « Horaires : %s »", ask, line, want)
		}
	}
}
