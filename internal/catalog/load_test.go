package catalog_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"pimmsbot/internal/catalog"
)

// checkDay is the day the fixtures are checked on.
var checkDay = time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)

// fixtureFS returns testdata/valid as a MapFS that a test may change.
func fixtureFS(tb testing.TB) fstest.MapFS {
	tb.Helper()
	fsys := fstest.MapFS{}
	for _, name := range []string{"themes.yaml", "intents.yaml", "synonyms.yaml", "caf.yaml", "sante.yaml"} {
		data, err := os.ReadFile("testdata/valid/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func TestCheckValid(t *testing.T) {
	cat, problems := catalog.Check(fixtureFS(t), checkDay)
	for _, p := range problems {
		t.Errorf("unexpected problem: %s", p)
	}
	if got, want := len(cat.Entries), 3; got != want {
		t.Fatalf("%d entries, want %d", got, want)
	}
	// Themes and entries come in menu order.
	if cat.Themes[0].ID != "caf" || cat.Entries[0].ID != "caf-apl" || cat.Entries[2].ID != "ameli-carte-vitale" {
		t.Errorf("order: themes %v, first entry %s, last entry %s", cat.Themes, cat.Entries[0].ID, cat.Entries[2].ID)
	}
	e, ok := cat.Entry("caf-rsa")
	if !ok {
		t.Fatal("Entry(caf-rsa) not found")
	}
	if e.Theme != "caf" || e.File != "caf.yaml" || e.Line != 24 || !e.Handover || e.Reviewed != "2026-06-01" ||
		len(e.Questions) != 6 || e.Sources[0] != "https://www.service-public.fr/particuliers/vosdroits/N19775" {
		t.Errorf("caf-rsa = %+v", e)
	}
	if a, _ := cat.Entry("caf-apl"); !strings.HasPrefix(a.Answer, "Faites la demande **en ligne**") || len(a.Keywords) != 2 {
		t.Errorf("caf-apl = %+v", a)
	}
	if th, ok := cat.Theme("sante"); !ok || th.Label != "Santé" || th.Order != 20 {
		t.Errorf("Theme(sante) = %+v, %v", th, ok)
	}
	if got := cat.EntriesOf("caf"); len(got) != 2 {
		t.Errorf("EntriesOf(caf) = %d entries, want 2", len(got))
	}
	if in, ok := cat.Intent(catalog.IntentGreeting); !ok || in.Answer == "" || len(in.Questions) != 6 {
		t.Errorf("Intent(greeting) = %+v, %v", in, ok)
	}
	if in, ok := cat.Intent(catalog.IntentHandover); !ok || in.Answer != "" {
		t.Errorf("Intent(handover) = %+v, %v", in, ok)
	}
	if got := cat.Synonyms["assurance maladie"]; len(got) != 2 || got[0] != "sécu" {
		t.Errorf("Synonyms[assurance maladie] = %q", got)
	}
	if got := cat.Synonyms["caf"]; len(got) != 2 || got[1] != "allocs" {
		t.Errorf("Synonyms[caf] = %q (want normalised variants)", got)
	}
}

func TestLoad(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		fsys := fixtureFS(t)
		// A warning alone does not stop Load.
		fsys["sante.yaml"].Data = []byte(strings.Replace(string(fsys["sante.yaml"].Data), "      - commander une carte vitale\n", "", 1))
		cat, err := catalog.Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := cat.Entry("ameli-carte-vitale"); !ok {
			t.Error("entry missing")
		}
	})
	t.Run("invalid", func(t *testing.T) {
		fsys := fixtureFS(t)
		fsys["sante.yaml"].Data = []byte(strings.Replace(string(fsys["sante.yaml"].Data), "theme: sante", "theme: sant", 1))
		cat, err := catalog.Load(fsys)
		var probs *catalog.Problems
		if !errors.As(err, &probs) || cat != nil {
			t.Fatalf("Load = %v, %v; want a *Problems error", cat, err)
		}
		want := `faq: 2 errors
	themes.yaml:2: sante: theme has no entries (expected in sante.yaml): restore the file, or remove the theme from themes.yaml
	sante.yaml:1: unknown theme "sant": add it to themes.yaml or fix the name`
		if err.Error() != want {
			t.Errorf("error:\n%s\nwant:\n%s", err, want)
		}
		if len(probs.Errors()) != 2 || len(probs.Warnings()) != 0 {
			t.Errorf("errors %v, warnings %v", probs.Errors(), probs.Warnings())
		}
	})
}

// wantMissingFacts is the error of an entry without claims.
const wantMissingFacts = "missing facts: list each checkable claim of the answer (amount, delay, date, phone number, condition, step) with the official page that states it (- claim: …, source: https://…)"

// TestCheckNumberCovered checks that a number of the answer stated by a
// claim (with other spacing) is not reported.
func TestCheckNumberCovered(t *testing.T) {
	fsys := fixtureFS(t)
	src := string(fsys["sante.yaml"].Data)
	src = strings.Replace(src, "answer: Commandez-la sur votre compte ameli.", "answer: Commandez-la au 36\u00a046.", 1)
	src = strings.Replace(src, "claim: La carte Vitale se commande sur le compte ameli.", "claim: La carte Vitale se commande au 3646.", 1)
	fsys["sante.yaml"].Data = []byte(src)
	_, problems := catalog.Check(fsys, checkDay)
	for _, p := range problems {
		t.Errorf("unexpected problem: %s", p)
	}
}

// TestCheckRejects changes one thing in the valid fixture and expects one
// precise problem.
func TestCheckRejects(t *testing.T) {
	tests := []struct {
		name     string
		file     string // the file to change
		old, new string // replace old by new in it; new "DELETE" removes the file
		add      string // or, when set, a file to add with content new
		// want, with Line replaced by the line of at in the changed file.
		at   string
		want catalog.Problem
	}{
		{
			name: "duplicate id across files", file: "sante.yaml",
			old: "id: ameli-carte-vitale", new: "id: caf-apl", at: "id: caf-apl",
			want: catalog.Problem{Entry: "caf-apl", Message: "duplicate id: already used at caf.yaml:3"},
		},
		{
			name: "id of an intent", file: "sante.yaml",
			old: "id: ameli-carte-vitale", new: "id: thanks", at: "id: thanks",
			want: catalog.Problem{Entry: "thanks", Message: "duplicate id: already used at intents.yaml:5"},
		},
		{
			name: "id not kebab-case", file: "caf.yaml",
			old: "id: caf-rsa", new: "id: CAF_rsa", at: "id: CAF_rsa",
			want: catalog.Problem{Entry: "CAF_rsa", Message: "id must be kebab-case (a-z, 0-9, -)"},
		},
		{
			name: "missing id", file: "caf.yaml",
			old: "  - id: caf-rsa\n    title:", new: "  - title:", at: "  - title: Comment demander le RSA",
			want: catalog.Problem{Message: "missing id"},
		},
		{
			name: "unknown theme", file: "sante.yaml",
			old: "theme: sante", new: "theme: santé", at: "theme:",
			want: catalog.Problem{Message: `unknown theme "santé": add it to themes.yaml or fix the name`},
		},
		{
			name: "missing theme", file: "sante.yaml",
			old: "theme: sante\n", new: "", at: "entries:",
			want: catalog.Problem{Message: "missing theme"},
		},
		{
			name: "missing title", file: "caf.yaml",
			old: "    title: Comment demander le RSA\u00a0?\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "missing title"},
		},
		{
			name: "empty title", file: "caf.yaml",
			old: "title: Comment demander le RSA\u00a0?", new: "title:", at: "title:\n",
			want: catalog.Problem{Entry: "caf-rsa", Message: "empty title"},
		},
		{
			name: "misspelt field", file: "caf.yaml",
			old: "    keywords: [apl, loyer]", new: "    keyword: [apl, loyer]", at: "keyword:",
			want: catalog.Problem{Entry: "caf-apl", Message: `unknown field "keyword" (expected one of: id, title, questions, keywords, answer, sources, reviewed, handover, alone, situations, facts, expires, signals)`},
		},
		{
			name: "missing answer", file: "caf.yaml",
			old: "    answer: Le **{site.name}** vous aide à faire la demande sur caf.fr.\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "missing answer"},
		},
		{
			name: "no questions", file: "sante.yaml",
			old: "    questions:\n      - j'ai perdu ma carte vitale\n      - carte vitale volée\n      - refaire carte vitale\n      - nouvelle carte vitale\n      - carte vitale cassée\n      - commander une carte vitale\n",
			new: "    questions: []\n", at: "questions:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "no example question: give at least 6, in residents' own words"},
		},
		{
			name: "few questions", file: "sante.yaml",
			old: "      - carte vitale cassée\n", new: "", at: "questions:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "only 5 example questions: give at least 6", Warning: true},
		},
		{
			name: "question shared by two entries", file: "sante.yaml",
			old: "- carte vitale cassée", new: "- Comment  toucher le RSA ", at: "Comment  toucher",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `question "Comment  toucher le RSA" is also an example of caf-rsa (caf.yaml:28): keep it in one entry only`},
		},
		{
			name: "question shared with an intent", file: "sante.yaml",
			old: "- carte vitale cassée", new: "- Bonjour", at: "- Bonjour",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `question "Bonjour" is also an example of greeting (intents.yaml:3): keep it in one entry only`},
		},
		{
			name: "answer too long", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: " + strings.Repeat("abcdefghi ", 90) + "x", at: "answer:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "answer too long: 901 characters once rendered (at most 900)"},
		},
		{
			name: "answer too long once placeholders are filled", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: " + strings.Repeat("abcdefghi ", 88) + "{site.address}", at: "answer:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "answer too long: 915 characters once rendered (at most 900)"},
		},
		{
			name: "markup: unclosed bold", file: "caf.yaml",
			old: "      - Gardez votre bail.", new: "      - Gardez votre **bail.", at: "Gardez",
			want: catalog.Problem{Entry: "caf-apl", Message: "answer: column 22: unclosed bold: ** must be closed on the same line"},
		},
		{
			name: "markup: link not https", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr](http://www.caf.fr)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: `answer: column 51: malformed link: address "http://www.caf.fr" is not https://`},
		},
		{
			name: "markup: malformed link", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr] (https://www.caf.fr)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: `answer: column 42: malformed link: "]" must be followed by "(https://…)"`},
		},
		{
			name: "unknown placeholder", file: "caf.yaml",
			old: "      - Gardez votre bail.", new: "      - Appelez le {site.fax}.", at: "{site.fax}",
			want: catalog.Problem{Entry: "caf-apl", Message: "answer: unknown placeholder {site.fax} (known: {site.name}, {site.address}, {site.phone}, {site.hours}, {site.email}, {site.retention})"},
		},
		{
			name: "link to a non-official site", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr](https://www.caf-aides.com)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: "answer links to https://www.caf-aides.com, which is not an official site", Warning: true},
		},
		{
			name: "source not official", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[https://www.ameli-carte-vitale.com/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `source "https://www.ameli-carte-vitale.com/assure/remboursements/etre-bien-rembourse/carte-vitale": www.ameli-carte-vitale.com is not an official domain (see the list in internal/catalog/sources.go)`},
		},
		{
			name: "source look-alike domain", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[https://www.fakeameli.fr/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `source "https://www.fakeameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale": www.fakeameli.fr is not an official domain (see the list in internal/catalog/sources.go)`},
		},
		{
			name: "source not https", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[http://www.ameli.fr/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `source "http://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale": must start with https://`},
		},
		{
			name: "source malformed", file: "caf.yaml",
			old: "      - https://www.caf.fr/allocataires", new: "      - www.caf.fr/allocataires", at: "www.caf.fr/allocataires",
			want: catalog.Problem{Entry: "caf-apl", Message: `source "www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement": must start with https://`},
		},
		{
			name: "source with a space", file: "caf.yaml",
			old: "      - https://www.caf.fr/allocataires", new: "      - https://www.caf.fr/ allocataires", at: "www.caf.fr/ allocataires",
			want: catalog.Problem{Entry: "caf-apl", Message: `source "https://www.caf.fr/ allocataires/aides-et-demarches/droits-et-prestations/logement": malformed address (spaces or quotes)`},
		},
		{
			name: "no source", file: "caf.yaml",
			old: "    sources: [https://www.service-public.fr/particuliers/vosdroits/N19775]\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "no source: give 1 to 3 official pages that say what the answer says"},
		},
		{
			name: "too many sources", file: "caf.yaml",
			old: "sources: [https://www.service-public.fr/particuliers/vosdroits/N19775]", new: "sources: [https://www.caf.fr/a, https://www.caf.fr/b, https://www.caf.fr/c,\n      https://www.caf.fr/d]", at: "https://www.caf.fr/d",
			want: catalog.Problem{Entry: "caf-rsa", Message: "4 sources: give at most 3"},
		},
		{
			name: "reviewed malformed", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 25/11/2026", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `reviewed: "25/11/2026" is not a date YYYY-MM-DD`},
		},
		{
			name: "reviewed in the future", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2026-11-26", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "reviewed: 2026-11-26 is in the future"},
		},
		{
			name: "reviewed too long ago", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2025-05-24", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "reviewed: 2025-05-24 is more than 18 months ago: check the facts again and update the date"},
		},
		{
			name: "reviewed getting old", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2025-11-24", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "reviewed: 2025-11-24 is more than 12 months ago: check the facts soon", Warning: true},
		},
		{
			name: "missing reviewed", file: "sante.yaml",
			old: "    reviewed: 2026-11-25\n", new: "", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "missing reviewed"},
		},
		{
			name: "handover not a boolean", file: "caf.yaml",
			old: "handover: true", new: "handover: oui", at: "handover:",
			want: catalog.Problem{Entry: "caf-rsa", Message: `handover: expected true or false, not "oui"`},
		},
		{
			name: "alone not a boolean", file: "caf.yaml",
			old: "handover: true", new: "handover: true\n    alone: seul", at: "alone:",
			want: catalog.Problem{Entry: "caf-rsa", Message: `alone: expected true or false, not "seul"`},
		},
		{
			name: "invalid YAML", file: "caf.yaml",
			old: "    title: Comment demander le RSA\u00a0?", new: "    title: Comment: demander le RSA\u00a0?", at: "Comment: demander",
			want: catalog.Problem{Message: "not valid YAML: mapping values are not allowed in this context"},
		},
		{
			name: "number without a claim", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: Commandez-la au 36 46, en 2 minutes.", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "the answer states 3646, 2, which no claim of facts: states"},
		},
		{
			name: "claim from a non-official site", file: "sante.yaml",
			old: "        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\n", new: "        source: https://www.example.com/carte\n", at: "source: https://www.example",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `facts: source "https://www.example.com/carte": www.example.com is not an official domain (see the list in internal/catalog/sources.go)`},
		},
		{
			name: "claim without a source", file: "sante.yaml",
			old: "\n        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale", new: "", at: "- claim:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "missing source"},
		},
		{
			name: "entry without facts", file: "sante.yaml",
			old: "    facts:\n      - claim: La carte Vitale se commande sur le compte ameli.\n        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\n", new: "", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: wantMissingFacts},
		},
		{
			name: "empty facts list", file: "sante.yaml",
			old: "    facts:\n      - claim: La carte Vitale se commande sur le compte ameli.\n        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\n", new: "    facts: []\n", at: "facts:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: wantMissingFacts},
		},
		{
			name: "facts without items", file: "sante.yaml",
			old: "    facts:\n      - claim: La carte Vitale se commande sur le compte ameli.\n        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\n", new: "    facts:\n", at: "facts:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: wantMissingFacts},
		},
		{
			name: "expired", file: "sante.yaml",
			old: "    reviewed: 2026-11-25", new: "    expires: 2026-11-24\n    reviewed: 2026-11-25", at: "expires:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "expires: 2026-11-24 is past: check the yearly facts of this entry again, then move the date"},
		},
		{
			name: "expires soon", file: "sante.yaml",
			old: "    reviewed: 2026-11-25", new: "    expires: 2026-12-20\n    reviewed: 2026-11-25", at: "expires:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "expires: 2026-12-20 is less than 30 days away: check the yearly facts of this entry", Warning: true},
		},
		{
			name: "situation shared with another entry", file: "sante.yaml",
			old: "    answer: Commandez", new: "    situations: [demande apl en ligne]\n    answer: Commandez", at: "situations:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `question "demande apl en ligne" is also an example of caf-apl (caf.yaml:8): keep it in one entry only`},
		},
		{
			name: "jargon not explained", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: Remplissez le cerfa sur votre compte ameli.", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: `answer: explain "cerfa" in a few words where it first appears (e.g. in brackets), or use a plainer word`, Warning: true},
		},
		{
			name: "theme without entries", file: "sante.yaml", new: "DELETE", add: "themes.yaml", at: "id: sante",
			want: catalog.Problem{Entry: "sante", Message: "theme has no entries (expected in sante.yaml): restore the file, or remove the theme from themes.yaml"},
		},
		{
			name: "file named after another theme", file: "sante.yaml", old: "theme: sante", new: "theme: caf", at: "theme:",
			want: catalog.Problem{Message: `the file of theme "caf" should be named caf.yaml`, Warning: true},
		},
		{
			name: "synonym loop", file: "synonyms.yaml",
			old: "[sécu, cpam]", new: "[sécu, cpam, CAF]", at: "assurance",
			want: catalog.Problem{Entry: "assurance maladie", Message: `variant "caf" is itself a word with variants (line 2): that makes a loop; move its variants under "assurance maladie" or remove it`},
		},
		{
			name: "synonym under two words", file: "synonyms.yaml",
			old: "[sécu, cpam]", new: "[sécu, cpam, kaf]", at: "assurance",
			want: catalog.Problem{Entry: "assurance maladie", Message: `variant "kaf" is also listed under "caf" (line 2): a variant belongs to one word only`},
		},
		{
			name: "synonym is its own word", file: "synonyms.yaml",
			old: "[kaf, Allocs]", new: "[kaf, Allocs, Caf]", at: "caf:",
			want: catalog.Problem{Entry: "caf", Message: `variant "caf" is the word itself`},
		},
		{
			name: "synonym word twice", file: "synonyms.yaml",
			old: "  assurance   maladie:", new: "  CAF: [alloc]\n  assurance   maladie:", at: "CAF:",
			want: catalog.Problem{Entry: "caf", Message: "word given twice (also at line 2)"},
		},
		{
			name: "missing intent", file: "intents.yaml",
			old: "  - id: goodbye\n    questions: [au revoir, bonne journée, bye, a plus, bonne soirée, à bientôt]\n    answer: Au revoir. Revenez quand vous voulez.\n", new: "", at: "intents:",
			want: catalog.Problem{Entry: "goodbye", Message: `missing intent "goodbye" (required: greeting, thanks, goodbye, handover)`},
		},
		{
			name: "intent without answer", file: "intents.yaml",
			old: "    answer: Avec plaisir.\n", new: "", at: "id: thanks",
			want: catalog.Problem{Entry: "thanks", Message: "missing answer"},
		},
		{
			name: "intent with bad markup", file: "intents.yaml",
			old: "answer: Avec plaisir.", new: "answer: Avec **plaisir.", at: "plaisir",
			want: catalog.Problem{Entry: "thanks", Message: "answer: column 18: unclosed bold: ** must be closed on the same line"},
		},
		{
			name: "ordinary space before a question mark", file: "caf.yaml",
			old: "le RSA\u00a0?", new: "le RSA ?", at: "title: Comment demander le RSA",
			want: catalog.Problem{Entry: "caf-rsa", Message: `title: use a non-breaking space (U+00A0) in "?"`, Warning: true},
		},
		{
			name: "ordinary space inside guillemets", file: "intents.yaml",
			old: "answer: Avec plaisir.", new: "answer: |\n      Avec plaisir.\n      Écrivez « aide » pour la liste.", at: "Écrivez",
			want: catalog.Problem{Entry: "thanks", Message: `answer: use a non-breaking space (U+00A0) in "«"`, Warning: true},
		},
		{
			name: "missing file", file: "synonyms.yaml", new: "DELETE",
			want: catalog.Problem{File: "synonyms.yaml", Message: "missing file"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixtureFS(t)
			var changed string
			if tt.new == "DELETE" {
				delete(fsys, tt.file)
			} else {
				src := string(fsys[tt.file].Data)
				if !strings.Contains(src, tt.old) {
					t.Fatalf("%s does not contain %q", tt.file, tt.old)
				}
				changed = strings.Replace(src, tt.old, tt.new, 1)
				fsys[tt.file].Data = []byte(changed)
			}
			want := tt.want
			if want.File == "" {
				want.File = tt.file
				if tt.add != "" {
					want.File = tt.add
					changed = string(fsys[tt.add].Data)
				}
				want.Line = lineOf(t, changed, tt.at)
			}
			_, problems := catalog.Check(fsys, checkDay)
			for _, p := range problems {
				if p == want {
					return
				}
			}
			t.Errorf("missing problem\n\t%s\ngot:", want)
			for _, p := range problems {
				t.Errorf("\t%s", p)
			}
		})
	}
}

// lineOf returns the line (from 1) where s first contains marker.
func lineOf(tb testing.TB, s, marker string) int {
	tb.Helper()
	i := strings.Index(s, marker)
	if i < 0 {
		tb.Fatalf("marker %q not found", marker)
	}
	return 1 + strings.Count(s[:i], "\n")
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    catalog.Problem
		want string
	}{
		{catalog.Problem{File: "faq/caf.yaml", Line: 3, Entry: "caf-apl", Message: "missing title"}, "faq/caf.yaml:3: caf-apl: missing title"},
		{catalog.Problem{File: "faq/caf.yaml", Line: 3, Message: "empty file", Warning: true}, "faq/caf.yaml:3: warning: empty file"},
		{catalog.Problem{File: "faq/synonyms.yaml", Message: "missing file"}, "faq/synonyms.yaml: missing file"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
