package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// frenchFAQEntry is a sound entry of caf.yaml; ID is replaced by the
// entry's id, and each case of TestFAQCheckFrench breaks one thing in it.
const frenchFAQEntry = `  - id: ID
    title: La fiche ID
    questions: [un ID, deux ID, trois ID, quatre ID, cinq ID, six ID]
    answer: Faites la demande sur caf.fr.
    sources: [https://www.caf.fr/allocataires]
    facts:
      - claim: La demande se fait sur caf.fr.
        source: https://www.caf.fr/allocataires
    reviewed: REVIEWED
`

// frenchFAQCase breaks one thing in an entry of caf.yaml and names a
// phrase of the French message that must say so.
type frenchFAQCase struct {
	id       string
	old, new string // replace old by new in the entry ("" adds new at its end)
	want     string
}

// TestFAQCheckFrench walks a FAQ folder with one problem of each kind and
// checks that pimmsbot faq check says every one in French: a known French
// phrasing per problem, and no English word, no ordinary space before
// « : ; ? ! » in any line (values quoted in « » are the editor's own
// text and YAML keys, and are not checked).
func TestFAQCheckFrench(t *testing.T) {
	now := time.Now()
	day := func(months, days int) string { return now.AddDate(0, months, days).Format(time.DateOnly) }
	entries := []frenchFAQCase{
		{id: "doublon", want: "est déjà pris dans «\u00a0caf.yaml\u00a0», ligne 3\u00a0: choisissez-en un autre"},
		{id: "sans-titre", old: "    title: La fiche sans-titre\n", want: "il manque le titre «\u00a0title\u00a0»\u00a0: ajoutez-le."},
		{id: "titre-vide", old: "title: La fiche titre-vide", new: "title: ''", want: "le titre «\u00a0title\u00a0» est vide\u00a0: remplissez-le."},
		{id: "titre-liste", old: "title: La fiche titre-liste", new: "title: [a, b]", want: "le titre «\u00a0title\u00a0» doit être un texte"},
		{id: "champ-faux", new: "    keyword: [caf]\n", want: "champ «\u00a0keyword\u00a0» inconnu. Vouliez-vous écrire «\u00a0keywords\u00a0»\u00a0?"},
		{id: "champ-double", new: "    title: Encore\n", want: "le champ «\u00a0title\u00a0» est écrit deux fois"},
		{id: "peu-exemples", old: ", quatre peu-exemples, cinq peu-exemples, six peu-exemples", want: "seulement 3 exemples de questions\u00a0: donnez-en au moins 6"},
		{id: "sans-exemple", old: "questions: [un sans-exemple, deux sans-exemple, trois sans-exemple, quatre sans-exemple, cinq sans-exemple, six sans-exemple]", new: "questions: []", want: "aucun exemple de question\u00a0: donnez-en au moins 6"},
		{id: "exemples-texte", old: "questions: [un exemples-texte, deux exemples-texte, trois exemples-texte, quatre exemples-texte, cinq exemples-texte, six exemples-texte]", new: "questions: un seul texte", want: "les exemples de questions «\u00a0questions\u00a0» doivent être une liste"},
		{id: "exemple-champs", old: "six exemple-champs]", new: "{a: b}]", want: "chaque élément de la liste «\u00a0questions\u00a0» doit être un texte"},
		{id: "exemple-partage", old: "six exemple-partage", new: "un doublon", want: "est aussi dans la fiche doublon, dans «\u00a0caf.yaml\u00a0»"},
		{id: "exemple-repete", old: "six exemple-repete", new: "un exemple-repete", want: "est répété (déjà ligne"},
		{id: "exemple-vide", old: "six exemple-vide", new: "''", want: "élément vide dans la liste"},
		{id: "situation-partagee", new: "    situations: [deux doublon]\n", want: "la situation «\u00a0deux doublon\u00a0» est aussi dans la fiche doublon"},
		{id: "trop-long", old: "answer: Faites la demande sur caf.fr.", new: "answer: " + strings.Repeat("Une phrase. ", 80), want: "réponse «\u00a0answer\u00a0» trop longue\u00a0: 959 caractères"},
		{id: "gras", old: "answer: Faites", new: "answer: Faites **vite", want: "gras non fermé"},
		{id: "lien", old: "sur caf.fr.", new: "sur [caf.fr](http://www.caf.fr).", want: "lien mal écrit. L'adresse «\u00a0http://www.caf.fr\u00a0» doit commencer par https://."},
		{id: "lien-espace", old: "sur caf.fr.", new: "sur [caf.fr] (https://www.caf.fr).", want: "doit être suivi de «\u00a0(https://…)\u00a0», sans espace"},
		{id: "variable", old: "sur caf.fr.", new: "sur caf.fr ou au {site.fax}.", want: "{site.fax} n'existe pas"},
		{id: "lien-officieux", old: "sur caf.fr.", new: "sur [ce site](https://www.caf-aides.com).", want: "attention\u00a0: la réponse «\u00a0answer\u00a0» fait un lien vers «\u00a0https://www.caf-aides.com\u00a0», qui n'est pas un site officiel"},
		{id: "source-officieuse", old: "sources: [https://www.caf.fr/allocataires]", new: "sources: [https://www.caf-aides.com/apl]", want: "n'est pas un site officiel reconnu"},
		{id: "source-http", old: "sources: [https://www.caf.fr/allocataires]", new: "sources: [http://www.caf.fr/a]", want: "l'adresse doit commencer par https://."},
		{id: "sans-source", old: "    sources: [https://www.caf.fr/allocataires]\n", want: "aucune source\u00a0: donnez de 1 à 3 pages officielles"},
		{id: "trop-sources", old: "sources: [https://www.caf.fr/allocataires]", new: "sources: [https://www.caf.fr/a, https://www.caf.fr/b, https://www.caf.fr/c, https://www.caf.fr/d]", want: "4 sources\u00a0: gardez-en 3 au plus."},
		{id: "source-double", old: "sources: [https://www.caf.fr/allocataires]", new: "sources: [https://www.caf.fr/a, https://www.caf.fr/a]", want: "attention\u00a0: la source «\u00a0https://www.caf.fr/a\u00a0» est donnée deux fois"},
		{id: "date-fausse", old: "reviewed: REVIEWED", new: "reviewed: 25/11/2026", want: "la date de relecture «\u00a0reviewed\u00a0» n'est pas une date valable"},
		{id: "date-future", old: "reviewed: REVIEWED", new: "reviewed: " + day(0, 2), want: "est dans le futur"},
		{id: "date-vieille", old: "reviewed: REVIEWED", new: "reviewed: " + day(-20, 0), want: "a plus de 18 mois"},
		{id: "date-ancienne", old: "reviewed: REVIEWED", new: "reviewed: " + day(-14, 0), want: "attention\u00a0: la date de relecture «\u00a0reviewed\u00a0» a plus de 12 mois"},
		{id: "sans-date", old: "    reviewed: REVIEWED\n", want: "il manque la date de relecture «\u00a0reviewed\u00a0»\u00a0: ajoutez-la."},
		{id: "expiree", new: "    expires: " + day(0, -2) + "\n", want: "la date d'expiration «\u00a0expires\u00a0» est passée"},
		{id: "expire-bientot", new: "    expires: " + day(0, 10) + "\n", want: "attention\u00a0: la date d'expiration «\u00a0expires\u00a0» arrive dans moins de 30 jours"},
		{id: "passage", new: "    handover: oui\n", want: "doit valoir «\u00a0true\u00a0» (oui) ou «\u00a0false\u00a0» (non), pas «\u00a0oui\u00a0»"},
		{id: "sans-faits", old: "    facts:\n      - claim: La demande se fait sur caf.fr.\n        source: https://www.caf.fr/allocataires\n", want: "il manque les faits vérifiés «\u00a0facts\u00a0»"},
		{id: "faits-texte", old: "    facts:\n      - claim: La demande se fait sur caf.fr.\n        source: https://www.caf.fr/allocataires\n", new: "    facts: sur caf.fr\n", want: "doivent être une liste d'affirmations"},
		{id: "fait-texte", old: "    facts:\n      - claim: La demande se fait sur caf.fr.\n        source: https://www.caf.fr/allocataires\n", new: "    facts: [sur caf.fr]\n", want: "chaque fait vérifié doit avoir une affirmation et sa source"},
		{id: "fait-sans-source", old: "        source: https://www.caf.fr/allocataires\n", want: "il manque la source «\u00a0source\u00a0»\u00a0: ajoutez-la."},
		{id: "fait-officieux", old: "        source: https://www.caf.fr/allocataires\n", new: "        source: https://www.caf-aides.com/a\n", want: "d'un fait vérifié\u00a0: «\u00a0www.caf-aides.com\u00a0» n'est pas un site officiel reconnu"},
		{id: "nombre", old: "sur caf.fr.", new: "sur caf.fr ou au 32 30.", want: "la réponse donne le nombre «\u00a03230\u00a0», qu'aucun fait vérifié"},
		{id: "jargon", old: "Faites la demande", new: "Remplissez le cerfa", want: "attention\u00a0: réponse «\u00a0answer\u00a0»\u00a0: expliquez «\u00a0cerfa\u00a0» en quelques mots"},
		{id: "signaux", new: "    signals: [me frapp*]\n", want: "seules les fiches d'un thème d'urgence"},
		{id: "typographie", old: "title: La fiche typographie", new: "title: Comment faire ?", want: "attention\u00a0: dans le titre «\u00a0title\u00a0», mettez une espace insécable (U+00A0) avant le point d'interrogation"},
		{id: "Mauvais_Nom", want: "l'identifiant «\u00a0Mauvais_Nom\u00a0» n'est pas valable\u00a0: n'utilisez que des minuscules sans accent, des chiffres et des tirets, par exemple «\u00a0mauvais-nom\u00a0»."},
	}
	var caf strings.Builder
	caf.WriteString("theme: caf\nentries:\n")
	entry := func(id string) string {
		return strings.ReplaceAll(strings.ReplaceAll(frenchFAQEntry, "ID", id), "REVIEWED", day(-1, 0))
	}
	for _, c := range entries {
		e := entry(c.id)
		if c.old == "" {
			e += c.new
		} else {
			old := strings.ReplaceAll(c.old, "REVIEWED", day(-1, 0))
			if !strings.Contains(e, old) {
				t.Fatalf("%s: the entry has no %q", c.id, c.old)
			}
			e = strings.Replace(e, old, c.new, 1)
		}
		caf.WriteString(e)
	}
	caf.WriteString(entry("doublon")) // the second one
	caf.WriteString("  - juste un texte\n  - title: Sans identifiant\n")

	const head = "theme: caf\nentries:\n  - id: casse\n"
	files := map[string]string{
		"caf.yaml": caf.String(),
		"themes.yaml": `themes:
  - {id: caf, label: CAF, emoji: x, order: 1}
  - {id: sante, label: Santé, emoji: y, order: 2}
  - {id: Logement Social, label: Logement, order: 3}
  - {id: caf, label: Doublon, order: 4}
  - {id: urgence, label: Urgence, order: premier, emergency: oui}
  - {id: famille, lable: Famille, order: 6}
  - un texte
`,
		"intents.yaml": `intents:
  - id: greeting
    questions: [bonjour, salut, bonsoir]
    answer: Bonjour !
  - id: thanks
    questions: [merci, merci beaucoup, mrc, thanks, merci bien, super merci]
  - id: handover
    questions: [un humain, un conseiller, un médiateur, quelqu'un, une personne, un agent]
    answer: Je passe la main.
  - id: meteo
    questions: [il pleut, soleil, temps, météo, neige, vent]
    answer: Je ne sais pas.
  - un texte
`,
		"synonyms.yaml": `synonyms:
  caf: [kaf, allocs, allocs]
  assurance maladie: [sécu, caf, kaf, Assurance  maladie]
  apl: []
  CAF: [alloc]
  '': [x]
  rsa: [rsa socle, '']
`,
		"casse-deux-points.yaml": head + "    title: Comment: faire\n",
		"casse-guillemet.yaml":   head + "    title: \"Comment faire\n    answer: oui\n",
		"casse-tabulation.yaml":  "theme: caf\nentries:\n\t- id: casse\n",
		"casse-alignement.yaml":  head + "   title: x\n",
		"casse-crochet.yaml":     head + "    questions: [apl, aide\n    answer: oui\n",
		"casse-encodage.yaml":    head + "    title: caf\xe9\n",
		"casse-controle.yaml":    head + "    title: caf\x01\n",
		"casse-etoile.yaml":      head + "    title: *important\n",
		"casse-inconnue.yaml":    "theme: !foo!bar caf\n",
		"vide.yaml":              "",
		"liste.yaml":             "- theme: caf\n",
		"autre-nom.yaml":         "theme: caf\nentries:\n" + entry("autre-fiche"),
		"theme-inconnu.yaml":     "theme: impots\nentries: []\n",
		"sans-liste.yaml":        "theme: caf\n",
		"sans-theme.yaml":        "entries: []\n",
		"champ-racine.yaml":      "theme: caf\nentrees: []\n",
	}
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runMain(t, "faq", "check", "--faq", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")

	// Each problem is there, in French, at its file.
	type want struct{ file, phrase string }
	wants := []want{
		{"themes.yaml", "thème sante\u00a0: ce thème n'a aucune fiche (elles sont attendues dans «\u00a0sante.yaml\u00a0»)"},
		{"themes.yaml", "l'identifiant du thème «\u00a0Logement Social\u00a0» n'est pas valable"},
		{"themes.yaml", "le thème «\u00a0caf\u00a0» est déjà défini ligne 2\u00a0: gardez-en un seul."},
		{"themes.yaml", "l'ordre «\u00a0order\u00a0» doit être un nombre entier, pas «\u00a0premier\u00a0»."},
		{"themes.yaml", "le thème d'urgence «\u00a0emergency\u00a0» doit valoir «\u00a0true\u00a0» (oui)"},
		{"themes.yaml", "champ «\u00a0lable\u00a0» inconnu. Vouliez-vous écrire «\u00a0label\u00a0»\u00a0?"},
		{"themes.yaml", "il manque le nom «\u00a0label\u00a0»\u00a0: ajoutez-le."},
		{"themes.yaml", "chaque élément de la liste doit être un thème, avec «\u00a0id\u00a0», «\u00a0label\u00a0», «\u00a0emoji\u00a0» et «\u00a0order\u00a0»."},
		{"intents.yaml", "intention greeting\u00a0: attention\u00a0: seulement 3 exemples de questions"},
		{"intents.yaml", "intention thanks\u00a0: il manque la réponse «\u00a0answer\u00a0»\u00a0: ajoutez-la."},
		{"intents.yaml", "intention goodbye\u00a0: il manque l'intention «\u00a0goodbye\u00a0»\u00a0: le bot a besoin de greeting, thanks, goodbye et handover."},
		{"intents.yaml", "intention handover\u00a0: attention\u00a0: l'intention handover n'a pas de réponse"},
		{"intents.yaml", "intention meteo\u00a0: attention\u00a0: intention inconnue\u00a0: le bot n'utilise que greeting, thanks, goodbye et handover."},
		{"intents.yaml", "intention greeting\u00a0: attention\u00a0: dans la réponse «\u00a0answer\u00a0», mettez une espace insécable (U+00A0) avant le point d'exclamation"},
		{"intents.yaml", "chaque élément de la liste doit être une intention"},
		{"synonyms.yaml", "mot «\u00a0caf\u00a0»\u00a0: attention\u00a0: le synonyme «\u00a0allocs\u00a0» est donné deux fois"},
		{"synonyms.yaml", "le synonyme «\u00a0caf\u00a0» a lui-même ses synonymes (ligne 2), ce qui fait une boucle"},
		{"synonyms.yaml", "le synonyme «\u00a0kaf\u00a0» est aussi sous le mot «\u00a0caf\u00a0» (ligne 2)"},
		{"synonyms.yaml", "le synonyme «\u00a0assurance maladie\u00a0» est le mot lui-même"},
		{"synonyms.yaml", "aucun synonyme pour «\u00a0apl\u00a0»"},
		{"synonyms.yaml", "le mot «\u00a0caf\u00a0» est écrit deux fois (aussi ligne 2)"},
		{"synonyms.yaml", "mot vide avant «\u00a0:\u00a0»"},
		{"synonyms.yaml", "synonyme vide\u00a0: supprimez-le."},
		{"caf.yaml", "chaque élément de la liste doit être une fiche"},
		{"caf.yaml", "il manque l'identifiant «\u00a0id\u00a0»\u00a0: ajoutez-le."},
		{"casse-deux-points.yaml:4", "YAML mal formé à cette ligne\u00a0: un «\u00a0:\u00a0» est mal placé."},
		{"casse-guillemet.yaml:4", "un guillemet ouvert à cette ligne n'est jamais fermé"},
		{"casse-tabulation.yaml:3", "pas des tabulations"},
		{"casse-alignement.yaml:3", "YAML mal formé dans le bloc qui commence à cette ligne\u00a0: les éléments de cette liste ne sont pas alignés"},
		{"casse-crochet.yaml:4", "n'est pas fermée par «\u00a0]\u00a0»"},
		{"casse-encodage.yaml:4", "le fichier n'est pas enregistré en UTF-8"},
		{"casse-controle.yaml:4", "caractère de contrôle invisible"},
		{"casse-etoile.yaml:4", "une valeur commence par «\u00a0*\u00a0»"},
		{"casse-inconnue.yaml:1", "YAML mal formé à cette ligne\u00a0: «\u00a0found undefined tag handle\u00a0»."},
		{"vide.yaml:1", "ce fichier est vide."},
		{"liste.yaml:1", "le fichier doit commencer par des lignes «\u00a0nom: valeur\u00a0»"},
		{"autre-nom.yaml:1", "attention\u00a0: les fiches du thème «\u00a0caf\u00a0» devraient être dans le fichier «\u00a0caf.yaml\u00a0»"},
		{"theme-inconnu.yaml:1", "thème «\u00a0impots\u00a0» inconnu\u00a0: corrigez le nom, ou ajoutez ce thème dans «\u00a0themes.yaml\u00a0»."},
		{"sans-liste.yaml:1", "le fichier doit contenir la liste des fiches sous «\u00a0entries:\u00a0»."},
		{"sans-theme.yaml:1", "il manque le thème «\u00a0theme\u00a0»\u00a0: ajoutez-le."},
		{"champ-racine.yaml:2", "champ «\u00a0entrees\u00a0» inconnu. Vouliez-vous écrire «\u00a0entries\u00a0»\u00a0?"},
	}
	for _, c := range entries {
		wants = append(wants, want{"caf.yaml", "fiche " + c.id + "\u00a0: "})
		wants = append(wants, want{"caf.yaml", c.want})
	}
	for _, w := range wants {
		prefix := filepath.Join(dir, w.file)
		found := false
		for _, line := range lines {
			if strings.HasPrefix(line, prefix) && strings.Contains(line, w.phrase) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no line of %s says %q", w.file, w.phrase)
		}
	}

	// Every line, and the summary, is French.
	assertFrench(t, dir, lines)
	if !strings.Contains(errs, "erreurs, ") || !strings.Contains(errs, " avertissements. Corrigez les erreurs\u00a0: ") {
		t.Errorf("summary %q", errs)
	}
	assertFrench(t, dir, strings.Split(strings.TrimSuffix(errs, "\n"), "\n"))
	if t.Failed() {
		t.Logf("output:\n%s%s", out, errs)
	}

	// The other commands say the FAQ's errors in French too.
	t.Run("faq list", func(t *testing.T) {
		code, out, errs := runMain(t, "faq", "list", "--faq", dir)
		if code != 1 || out != "" || !regexp.MustCompile(`la FAQ a \d+ erreurs\x{a0}: pimmsbot faq check les montre`).MatchString(errs) {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
		}
		assertFrench(t, dir, strings.Split(strings.TrimSuffix(errs, "\n"), "\n"))
	})
	t.Run("ask", func(t *testing.T) {
		code, _, errs := runMain(t, "ask", "--faq", dir, "carte vitale")
		if code != 1 || !strings.Contains(errs, "la FAQ a ") || !strings.Contains(errs, "\tcaf") && !strings.Contains(errs, "\t"+dir) {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
		assertFrench(t, dir, strings.Split(strings.TrimSuffix(errs, "\n"), "\n"))
	})
	t.Run("missing files", func(t *testing.T) {
		empty := t.TempDir()
		code, out, errs := runMain(t, "faq", "check", "--faq", empty)
		if code != 1 || strings.Count(out, "fichier manquant\u00a0: remettez-le dans le dossier de la FAQ.") != 3 {
			t.Errorf("exit %d, stdout %q", code, out)
		}
		assertFrench(t, empty, strings.Split(strings.TrimSuffix(out+errs, "\n"), "\n"))
	})
}

var (
	// position is where a problem starts: "file.yaml:12: ", kept for editors.
	position = regexp.MustCompile(`^[^ ]*\.yaml(:\d+)?: `)
	// quoted is a value quoted the French way.
	quoted = regexp.MustCompile(`«\x{a0}.*?\x{a0}»`)
	// englishWords are words of the old English messages.
	englishWords = regexp.MustCompile(`(?i)\b(entries|entry|warnings?|errors?|expected|missing|unknown|fields?|must|should|line|file|not|only|give|empty|already|duplicate|invalid|malformed|found|mapping|allowed|context|character|the|is|of|and|with|at least|at most|synonyms|intents?|themes?|title|answer|reviewed|example)\b`)
	// badSpace is an ordinary space, or none, before : ; ? ! (but not in
	// https://).
	badSpace = regexp.MustCompile(`( [:;?!])|([^\x{a0}][;?!])|([^\x{a0}s]:)`)
)

// assertFrench fails for each line, outside its position and quoted
// values, with an English word or French punctuation without its no-break
// space.
func assertFrench(t *testing.T, dir string, lines []string) {
	t.Helper()
	for _, line := range lines {
		text := strings.TrimPrefix(strings.TrimPrefix(line, "\t"), dir+string(filepath.Separator))
		text = strings.TrimPrefix(text, "pimmsbot faq check\u00a0: ")
		text = position.ReplaceAllString(text, "")
		text = quoted.ReplaceAllString(text, "«»")
		text = strings.ReplaceAll(text, "https://", "")
		if w := englishWords.FindString(text); w != "" {
			t.Errorf("English word %q in %q", w, line)
		}
		if m := badSpace.FindString(text); m != "" {
			t.Errorf("punctuation without a no-break space (%q) in %q", m, line)
		}
		if strings.TrimSpace(text) == "" {
			t.Errorf("empty line in %q", lines)
		}
	}
	if len(lines) == 0 {
		t.Error("no output")
	}
}
