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
		want := "la FAQ a 2 erreurs\u00a0:\n" +
			"\tthemes.yaml:2: thème sante\u00a0: ce thème n'a aucune fiche (elles sont attendues dans «\u00a0sante.yaml\u00a0»)\u00a0: remettez ce fichier, ou retirez le thème de «\u00a0themes.yaml\u00a0».\n" +
			"\tsante.yaml:1: thème «\u00a0sant\u00a0» inconnu\u00a0: corrigez le nom, ou ajoutez ce thème dans «\u00a0themes.yaml\u00a0»."
		if err.Error() != want {
			t.Errorf("error:\n%s\nwant:\n%s", err, want)
		}
		if len(probs.Errors()) != 2 || len(probs.Warnings()) != 0 {
			t.Errorf("errors %v, warnings %v", probs.Errors(), probs.Warnings())
		}
	})
}

// wantMissingFacts is the error of an entry without claims.
const wantMissingFacts = "Il manque les faits vérifiés «\u00a0facts\u00a0»\u00a0: pour chaque information vérifiable de la réponse (montant, délai, date, numéro de téléphone, condition, étape), donnez la page officielle qui la dit, sous la forme «\u00a0- claim: …, source: https://…\u00a0»."

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
			want: catalog.Problem{Entry: "caf-apl", Message: "L'identifiant «\u00a0caf-apl\u00a0» est déjà pris dans «\u00a0caf.yaml\u00a0», ligne 3\u00a0: choisissez-en un autre."},
		},
		{
			name: "id of an intent", file: "sante.yaml",
			old: "id: ameli-carte-vitale", new: "id: thanks", at: "id: thanks",
			want: catalog.Problem{Entry: "thanks", Message: "L'identifiant «\u00a0thanks\u00a0» est déjà pris dans «\u00a0intents.yaml\u00a0», ligne 5\u00a0: choisissez-en un autre."},
		},
		{
			name: "id not kebab-case", file: "caf.yaml",
			old: "id: caf-rsa", new: "id: CAF_rsa", at: "id: CAF_rsa",
			want: catalog.Problem{Entry: "CAF_rsa", Message: "L'identifiant «\u00a0CAF_rsa\u00a0» n'est pas valable\u00a0: n'utilisez que des minuscules sans accent, des chiffres et des tirets, par exemple «\u00a0caf-rsa\u00a0»."},
		},
		{
			name: "missing id", file: "caf.yaml",
			old: "  - id: caf-rsa\n    title:", new: "  - title:", at: "  - title: Comment demander le RSA",
			want: catalog.Problem{Message: "Il manque l'identifiant «\u00a0id\u00a0»\u00a0: ajoutez-le."},
		},
		{
			name: "unknown theme", file: "sante.yaml",
			old: "theme: sante", new: "theme: santé", at: "theme:",
			want: catalog.Problem{Message: "Thème «\u00a0santé\u00a0» inconnu\u00a0: corrigez le nom, ou ajoutez ce thème dans «\u00a0themes.yaml\u00a0»."},
		},
		{
			name: "missing theme", file: "sante.yaml",
			old: "theme: sante\n", new: "", at: "entries:",
			want: catalog.Problem{Message: "Il manque le thème «\u00a0theme\u00a0»\u00a0: ajoutez-le."},
		},
		{
			name: "missing title", file: "caf.yaml",
			old: "    title: Comment demander le RSA\u00a0?\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Il manque le titre «\u00a0title\u00a0»\u00a0: ajoutez-le."},
		},
		{
			name: "empty title", file: "caf.yaml",
			old: "title: Comment demander le RSA\u00a0?", new: "title:", at: "title:\n",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Le titre «\u00a0title\u00a0» est vide\u00a0: remplissez-le."},
		},
		{
			name: "misspelt field", file: "caf.yaml",
			old: "    keywords: [apl, loyer]", new: "    keyword: [apl, loyer]", at: "keyword:",
			want: catalog.Problem{Entry: "caf-apl", Message: "Champ «\u00a0keyword\u00a0» inconnu. Vouliez-vous écrire «\u00a0keywords\u00a0»\u00a0? Les champs possibles sont «\u00a0id\u00a0», «\u00a0title\u00a0», «\u00a0questions\u00a0», «\u00a0keywords\u00a0», «\u00a0answer\u00a0», «\u00a0sources\u00a0», «\u00a0reviewed\u00a0», «\u00a0handover\u00a0», «\u00a0alone\u00a0», «\u00a0situations\u00a0», «\u00a0facts\u00a0», «\u00a0expires\u00a0» et «\u00a0signals\u00a0»."},
		},
		{
			name: "missing answer", file: "caf.yaml",
			old: "    answer: Le **{site.name}** vous aide à faire la demande sur caf.fr.\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Il manque la réponse «\u00a0answer\u00a0»\u00a0: ajoutez-la."},
		},
		{
			name: "no questions", file: "sante.yaml",
			old: "    questions:\n      - j'ai perdu ma carte vitale\n      - carte vitale volée\n      - refaire carte vitale\n      - nouvelle carte vitale\n      - carte vitale cassée\n      - commander une carte vitale\n",
			new: "    questions: []\n", at: "questions:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Aucun exemple de question\u00a0: donnez-en au moins 6, avec les mots des usagers."},
		},
		{
			name: "few questions", file: "sante.yaml",
			old: "      - carte vitale cassée\n", new: "", at: "questions:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Seulement 5 exemples de questions\u00a0: donnez-en au moins 6, avec les mots des usagers.", Warning: true},
		},
		{
			name: "question shared by two entries", file: "sante.yaml",
			old: "- carte vitale cassée", new: "- Comment  toucher le RSA ", at: "Comment  toucher",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "L'exemple de question «\u00a0Comment  toucher le RSA\u00a0» est aussi dans la fiche caf-rsa, dans «\u00a0caf.yaml\u00a0», ligne 28\u00a0: gardez cette phrase dans une seule fiche."},
		},
		{
			name: "question shared with an intent", file: "sante.yaml",
			old: "- carte vitale cassée", new: "- Bonjour", at: "- Bonjour",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "L'exemple de question «\u00a0Bonjour\u00a0» est aussi dans l'intention greeting, dans «\u00a0intents.yaml\u00a0», ligne 3\u00a0: gardez cette phrase dans une seule fiche."},
		},
		{
			name: "answer too long", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: " + strings.Repeat("abcdefghi ", 90) + "x", at: "answer:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Réponse «\u00a0answer\u00a0» trop longue\u00a0: 901 caractères une fois affichée, 900 au plus. Raccourcissez-la."},
		},
		{
			name: "answer too long once placeholders are filled", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: " + strings.Repeat("abcdefghi ", 88) + "{site.address}", at: "answer:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Réponse «\u00a0answer\u00a0» trop longue\u00a0: 915 caractères une fois affichée, 900 au plus. Raccourcissez-la."},
		},
		{
			name: "markup: unclosed bold", file: "caf.yaml",
			old: "      - Gardez votre bail.", new: "      - Gardez votre **bail.", at: "Gardez",
			want: catalog.Problem{Entry: "caf-apl", Message: "Réponse «\u00a0answer\u00a0», colonne 22\u00a0: gras non fermé. Fermez les «\u00a0**\u00a0» sur la même ligne."},
		},
		{
			name: "markup: link not https", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr](http://www.caf.fr)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: "Réponse «\u00a0answer\u00a0», colonne 51\u00a0: lien mal écrit. L'adresse «\u00a0http://www.caf.fr\u00a0» doit commencer par https://."},
		},
		{
			name: "markup: malformed link", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr] (https://www.caf.fr)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: "Réponse «\u00a0answer\u00a0», colonne 42\u00a0: lien mal écrit. Le «\u00a0]\u00a0» doit être suivi de «\u00a0(https://…)\u00a0», sans espace."},
		},
		{
			name: "unknown placeholder", file: "caf.yaml",
			old: "      - Gardez votre bail.", new: "      - Appelez le {site.fax}.", at: "{site.fax}",
			want: catalog.Problem{Entry: "caf-apl", Message: "Réponse «\u00a0answer\u00a0»\u00a0: {site.fax} n'existe pas. Utilisez seulement {site.name}, {site.address}, {site.phone}, {site.hours}, {site.email}, {site.retention}."},
		},
		{
			name: "link to a non-official site", file: "caf.yaml",
			old: "[caf.fr](https://www.caf.fr)", new: "[caf.fr](https://www.caf-aides.com)", at: "Faites la demande",
			want: catalog.Problem{Entry: "caf-apl", Message: "La réponse «\u00a0answer\u00a0» fait un lien vers «\u00a0https://www.caf-aides.com\u00a0», qui n'est pas un site officiel.", Warning: true},
		},
		{
			name: "source not official", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[https://www.ameli-carte-vitale.com/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Source «\u00a0https://www.ameli-carte-vitale.com/assure/remboursements/etre-bien-rembourse/carte-vitale\u00a0»\u00a0: «\u00a0www.ameli-carte-vitale.com\u00a0» n'est pas un site officiel reconnu. Choisissez une page officielle, ou demandez à l'équipe technique d'ajouter ce site (liste dans internal/catalog/sources.go)."},
		},
		{
			name: "source look-alike domain", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[https://www.fakeameli.fr/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Source «\u00a0https://www.fakeameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\u00a0»\u00a0: «\u00a0www.fakeameli.fr\u00a0» n'est pas un site officiel reconnu. Choisissez une page officielle, ou demandez à l'équipe technique d'ajouter ce site (liste dans internal/catalog/sources.go)."},
		},
		{
			name: "source not https", file: "sante.yaml",
			old: "[https://www.ameli.fr/", new: "[http://www.ameli.fr/", at: "sources:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Source «\u00a0http://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\u00a0»\u00a0: l'adresse doit commencer par https://."},
		},
		{
			name: "source malformed", file: "caf.yaml",
			old: "      - https://www.caf.fr/allocataires", new: "      - www.caf.fr/allocataires", at: "www.caf.fr/allocataires",
			want: catalog.Problem{Entry: "caf-apl", Message: "Source «\u00a0www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement\u00a0»\u00a0: l'adresse doit commencer par https://."},
		},
		{
			name: "source with a space", file: "caf.yaml",
			old: "      - https://www.caf.fr/allocataires", new: "      - https://www.caf.fr/ allocataires", at: "www.caf.fr/ allocataires",
			want: catalog.Problem{Entry: "caf-apl", Message: "Source «\u00a0https://www.caf.fr/ allocataires/aides-et-demarches/droits-et-prestations/logement\u00a0»\u00a0: adresse mal écrite, elle contient une espace ou un guillemet."},
		},
		{
			name: "no source", file: "caf.yaml",
			old: "    sources: [https://www.service-public.fr/particuliers/vosdroits/N19775]\n", new: "", at: "id: caf-rsa",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Aucune source\u00a0: donnez de 1 à 3 pages officielles qui disent ce que dit la réponse."},
		},
		{
			name: "too many sources", file: "caf.yaml",
			old: "sources: [https://www.service-public.fr/particuliers/vosdroits/N19775]", new: "sources: [https://www.caf.fr/a, https://www.caf.fr/b, https://www.caf.fr/c,\n      https://www.caf.fr/d]", at: "https://www.caf.fr/d",
			want: catalog.Problem{Entry: "caf-rsa", Message: "4 sources\u00a0: gardez-en 3 au plus."},
		},
		{
			name: "reviewed malformed", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 25/11/2026", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date de relecture «\u00a0reviewed\u00a0» n'est pas une date valable («\u00a025/11/2026\u00a0»)\u00a0: écrivez-la AAAA-MM-JJ, par exemple «\u00a02026-11-25\u00a0»."},
		},
		{
			name: "reviewed in the future", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2026-11-26", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date de relecture «\u00a0reviewed\u00a0» est dans le futur («\u00a02026-11-26\u00a0»)\u00a0: mettez le jour où vous avez vérifié les faits."},
		},
		{
			name: "reviewed too long ago", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2025-05-24", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date de relecture «\u00a0reviewed\u00a0» a plus de 18 mois («\u00a02025-05-24\u00a0»)\u00a0: vérifiez de nouveau les faits, puis mettez la date du jour."},
		},
		{
			name: "reviewed getting old", file: "sante.yaml",
			old: "reviewed: 2026-11-25", new: "reviewed: 2025-11-24", at: "reviewed:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date de relecture «\u00a0reviewed\u00a0» a plus de 12 mois («\u00a02025-11-24\u00a0»)\u00a0: vérifiez bientôt les faits de nouveau.", Warning: true},
		},
		{
			name: "missing reviewed", file: "sante.yaml",
			old: "    reviewed: 2026-11-25\n", new: "", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Il manque la date de relecture «\u00a0reviewed\u00a0»\u00a0: ajoutez-la."},
		},
		{
			name: "handover not a boolean", file: "caf.yaml",
			old: "handover: true", new: "handover: oui", at: "handover:",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Le passage à un médiateur «\u00a0handover\u00a0» doit valoir «\u00a0true\u00a0» (oui) ou «\u00a0false\u00a0» (non), pas «\u00a0oui\u00a0»."},
		},
		{
			name: "alone not a boolean", file: "caf.yaml",
			old: "handover: true", new: "handover: true\n    alone: seul", at: "alone:",
			want: catalog.Problem{Entry: "caf-rsa", Message: "La réponse seule «\u00a0alone\u00a0» doit valoir «\u00a0true\u00a0» (oui) ou «\u00a0false\u00a0» (non), pas «\u00a0seul\u00a0»."},
		},
		{
			name: "invalid YAML", file: "caf.yaml",
			old: "    title: Comment demander le RSA\u00a0?", new: "    title: Comment: demander le RSA\u00a0?", at: "Comment: demander",
			want: catalog.Problem{Message: "YAML mal formé à cette ligne\u00a0: un «\u00a0:\u00a0» est mal placé. Si le texte contient «\u00a0:\u00a0», mettez tout le texte entre guillemets («\u00a0\"…\"\u00a0»)\u00a0; sinon, vérifiez le décalage de la ligne."},
		},
		{
			name: "number without a claim", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: Commandez-la au 36 46, en 2 minutes.", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La réponse donne les nombres «\u00a03646\u00a0» et «\u00a02\u00a0», qu'aucun fait vérifié «\u00a0facts\u00a0» ne donne\u00a0: ajoutez-les à une affirmation «\u00a0claim\u00a0» avec sa source, ou retirez-les de la réponse."},
		},
		{
			name: "claim from a non-official site", file: "sante.yaml",
			old: "        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale\n", new: "        source: https://www.example.com/carte\n", at: "source: https://www.example",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Source «\u00a0https://www.example.com/carte\u00a0» d'un fait vérifié\u00a0: «\u00a0www.example.com\u00a0» n'est pas un site officiel reconnu. Choisissez une page officielle, ou demandez à l'équipe technique d'ajouter ce site (liste dans internal/catalog/sources.go)."},
		},
		{
			name: "claim without a source", file: "sante.yaml",
			old: "\n        source: https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale", new: "", at: "- claim:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Il manque la source «\u00a0source\u00a0»\u00a0: ajoutez-la."},
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
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date d'expiration «\u00a0expires\u00a0» est passée («\u00a02026-11-24\u00a0»)\u00a0: vérifiez de nouveau les informations annuelles de cette fiche, puis avancez la date."},
		},
		{
			name: "expires soon", file: "sante.yaml",
			old: "    reviewed: 2026-11-25", new: "    expires: 2026-12-20\n    reviewed: 2026-11-25", at: "expires:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La date d'expiration «\u00a0expires\u00a0» arrive dans moins de 30 jours («\u00a02026-12-20\u00a0»)\u00a0: vérifiez bientôt les informations annuelles de cette fiche.", Warning: true},
		},
		{
			name: "situation shared with another entry", file: "sante.yaml",
			old: "    answer: Commandez", new: "    situations: [demande apl en ligne]\n    answer: Commandez", at: "situations:",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "La situation «\u00a0demande apl en ligne\u00a0» est aussi dans la fiche caf-apl, dans «\u00a0caf.yaml\u00a0», ligne 8\u00a0: gardez cette phrase dans une seule fiche."},
		},
		{
			name: "jargon not explained", file: "sante.yaml",
			old: "answer: Commandez-la sur votre compte ameli.", new: "answer: Remplissez le cerfa sur votre compte ameli.", at: "id: ameli",
			want: catalog.Problem{Entry: "ameli-carte-vitale", Message: "Réponse «\u00a0answer\u00a0»\u00a0: expliquez «\u00a0cerfa\u00a0» en quelques mots là où il apparaît la première fois (par exemple entre parenthèses), ou utilisez un mot plus simple.", Warning: true},
		},
		{
			name: "theme without entries", file: "sante.yaml", new: "DELETE", add: "themes.yaml", at: "id: sante",
			want: catalog.Problem{Entry: "sante", Message: "Ce thème n'a aucune fiche (elles sont attendues dans «\u00a0sante.yaml\u00a0»)\u00a0: remettez ce fichier, ou retirez le thème de «\u00a0themes.yaml\u00a0»."},
		},
		{
			name: "file named after another theme", file: "sante.yaml", old: "theme: sante", new: "theme: caf", at: "theme:",
			want: catalog.Problem{Message: "Les fiches du thème «\u00a0caf\u00a0» devraient être dans le fichier «\u00a0caf.yaml\u00a0»\u00a0: renommez ce fichier, ou corrigez le thème.", Warning: true},
		},
		{
			name: "synonym loop", file: "synonyms.yaml",
			old: "[sécu, cpam]", new: "[sécu, cpam, CAF]", at: "assurance",
			want: catalog.Problem{Entry: "assurance maladie", Message: "Le synonyme «\u00a0caf\u00a0» a lui-même ses synonymes (ligne 2), ce qui fait une boucle\u00a0: déplacez ses synonymes sous «\u00a0assurance maladie\u00a0», ou retirez-le d'ici."},
		},
		{
			name: "synonym under two words", file: "synonyms.yaml",
			old: "[sécu, cpam]", new: "[sécu, cpam, kaf]", at: "assurance",
			want: catalog.Problem{Entry: "assurance maladie", Message: "Le synonyme «\u00a0kaf\u00a0» est aussi sous le mot «\u00a0caf\u00a0» (ligne 2)\u00a0: un synonyme ne va qu'avec un seul mot."},
		},
		{
			name: "synonym is its own word", file: "synonyms.yaml",
			old: "[kaf, Allocs]", new: "[kaf, Allocs, Caf]", at: "caf:",
			want: catalog.Problem{Entry: "caf", Message: "Le synonyme «\u00a0caf\u00a0» est le mot lui-même\u00a0: supprimez-le."},
		},
		{
			name: "synonym word twice", file: "synonyms.yaml",
			old: "  assurance   maladie:", new: "  CAF: [alloc]\n  assurance   maladie:", at: "CAF:",
			want: catalog.Problem{Entry: "caf", Message: "Le mot «\u00a0caf\u00a0» est écrit deux fois (aussi ligne 2)\u00a0: regroupez ses synonymes sur une seule ligne."},
		},
		{
			name: "missing intent", file: "intents.yaml",
			old: "  - id: goodbye\n    questions: [au revoir, bonne journée, bye, a plus, bonne soirée, à bientôt]\n    answer: Au revoir. Revenez quand vous voulez.\n", new: "", at: "intents:",
			want: catalog.Problem{Entry: "goodbye", Message: "Il manque l'intention «\u00a0goodbye\u00a0»\u00a0: le bot a besoin de greeting, thanks, goodbye et handover."},
		},
		{
			name: "intent without answer", file: "intents.yaml",
			old: "    answer: Avec plaisir.\n", new: "", at: "id: thanks",
			want: catalog.Problem{Entry: "thanks", Message: "Il manque la réponse «\u00a0answer\u00a0»\u00a0: ajoutez-la."},
		},
		{
			name: "intent with bad markup", file: "intents.yaml",
			old: "answer: Avec plaisir.", new: "answer: Avec **plaisir.", at: "plaisir",
			want: catalog.Problem{Entry: "thanks", Message: "Réponse «\u00a0answer\u00a0», colonne 18\u00a0: gras non fermé. Fermez les «\u00a0**\u00a0» sur la même ligne."},
		},
		{
			name: "ordinary space before a question mark", file: "caf.yaml",
			old: "le RSA\u00a0?", new: "le RSA ?", at: "title: Comment demander le RSA",
			want: catalog.Problem{Entry: "caf-rsa", Message: "Dans le titre «\u00a0title\u00a0», mettez une espace insécable (U+00A0) avant le point d'interrogation, pas une espace ordinaire.", Warning: true},
		},
		{
			name: "ordinary space inside guillemets", file: "intents.yaml",
			old: "answer: Avec plaisir.", new: "answer: |\n      Avec plaisir.\n      Écrivez « aide » pour la liste.", at: "Écrivez",
			want: catalog.Problem{Entry: "thanks", Message: "Dans la réponse «\u00a0answer\u00a0», mettez une espace insécable (U+00A0) après le guillemet ouvrant, pas une espace ordinaire.", Warning: true},
		},
		{
			name: "missing file", file: "synonyms.yaml", new: "DELETE",
			want: catalog.Problem{File: "synonyms.yaml", Message: "Fichier manquant\u00a0: remettez-le dans le dossier de la FAQ."},
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
		{catalog.Problem{File: "faq/caf.yaml", Line: 3, Entry: "caf-apl", Message: "Il manque le titre."}, "faq/caf.yaml:3: fiche caf-apl\u00a0: il manque le titre."},
		{catalog.Problem{File: "faq/caf.yaml", Line: 3, Message: "Ce fichier est vide.", Warning: true}, "faq/caf.yaml:3: attention\u00a0: ce fichier est vide."},
		{catalog.Problem{File: "faq/synonyms.yaml", Message: "Fichier manquant."}, "faq/synonyms.yaml: fichier manquant."},
		{catalog.Problem{File: "faq/caf.yaml", Line: 4, Message: "YAML mal formé."}, "faq/caf.yaml:4: YAML mal formé."},
		{catalog.Problem{File: "/srv/faq/themes.yaml", Line: 2, Entry: "caf", Message: "m"}, "/srv/faq/themes.yaml:2: thème caf\u00a0: m"},
		{catalog.Problem{File: "intents.yaml", Line: 2, Entry: "thanks", Message: "m", Warning: true}, "intents.yaml:2: intention thanks\u00a0: attention\u00a0: m"},
		{catalog.Problem{File: "faq/synonyms.yaml", Line: 2, Entry: "assurance maladie", Message: "m"}, "faq/synonyms.yaml:2: mot «\u00a0assurance maladie\u00a0»\u00a0: m"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// TestCheckUnreadThemeFile: a theme's file that is there but is not
// valid YAML gets its own error, and only that one: « ce thème n'a
// aucune fiche : remettez ce fichier » would send the site manager
// looking for a file they have.
func TestCheckUnreadThemeFile(t *testing.T) {
	fsys := fixtureFS(t)
	fsys["sante.yaml"].Data = append([]byte("theme: sante\nentries:\n\t- id: x\n"), fsys["sante.yaml"].Data...)
	_, problems := catalog.Check(fsys, checkDay)
	if len(problems) != 1 || problems[0].File != "sante.yaml" {
		t.Errorf("problems = %q, want the YAML error of sante.yaml alone", problems)
	}
}
