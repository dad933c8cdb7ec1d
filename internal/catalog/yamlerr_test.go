package catalog

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestYAMLProblem checks that yaml.v3's common parse errors are said in
// French, at the line of the mistake or of the block that holds it.
func TestYAMLProblem(t *testing.T) {
	const head = "theme: caf\nentries:\n  - id: caf-apl\n"
	tests := []struct {
		name, src string
		line      int
		want      string
	}{
		{"colon in a value", head + "    title: Comment: faire\n", 4, "un «\u00a0:\u00a0» est mal placé"},
		{"unclosed double quote", head + "    title: \"Comment faire\n    answer: oui\n", 4, "un guillemet ouvert à cette ligne n'est jamais fermé"},
		{"unclosed single quote", head + "    title: 'Comment faire\n", 4, "n'est jamais fermé"},
		{"tab as indentation", "theme: caf\nentries:\n\t- id: caf-apl\n", 3, "des espaces, pas des tabulations"},
		{"value starting with @", head + "    title: @caf\n", 4, "caractère réservé"},
		{"unclosed list", head + "    questions: [apl, aide\n    answer: oui\n", 4, "n'est pas fermée par «\u00a0]\u00a0»"},
		{"unclosed braces", head + "    facts: {claim: a\n", 4, "ne sont pas fermées par «\u00a0}\u00a0»"},
		{"field less indented", head + "   title: x\n", 3, "ne sont pas alignés"},
		{"text after a quote", head + "    title: \"Comment\" faire\n", 3, "aucun texte ne suit un guillemet fermant"},
		{"list at the top", "theme: caf\n- id: caf-apl\n", 2, "n'a pas la forme «\u00a0nom: valeur\u00a0»"},
		{"block text not indented", head + "    answer: |\n  Bonjour\n", 5, "il manque «\u00a0:\u00a0»"},
		{"unknown escape", "theme: \"caf\\q\"\n", 1, "une barre «\u00a0\\\u00a0» est suivie d'un caractère inconnu"},
		{"control character", "theme: caf\nentries:\n  - id: caf\x01-apl\n", 3, "caractère de contrôle invisible"},
		{"not UTF-8", "theme: caf\nentries:\n  - title: caf\xe9\n", 3, "pas enregistré en UTF-8"},
		{"star at the start", head + "    title: *important\n", 4, "une valeur commence par «\u00a0*\u00a0»"},
		{"unknown problem", "theme: !foo!bar caf\n", 1, "YAML mal formé à cette ligne\u00a0: «\u00a0found undefined tag handle\u00a0»."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc yaml.Node
			err := yaml.Unmarshal([]byte(tt.src), &doc)
			if err == nil {
				t.Fatal("yaml.v3 accepts the file")
			}
			line, msg := yamlProblem(err, []byte(tt.src))
			if line != tt.line || !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "YAML mal formé ") {
				t.Errorf("yaml.v3: %v\ngot  %d: %s\nwant %d: …%s…", err, line, msg, tt.line, tt.want)
			}
		})
	}
	// Every known message is French.
	for _, ym := range yamlMessages {
		_, msg := yamlProblem(errorString("yaml: line 3: "+ym.problem), nil)
		if strings.Contains(msg, ym.problem) {
			t.Errorf("%q is not translated: %s", ym.problem, msg)
		}
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// TestMarkupFrench checks that each error of internal/markup has its French
// wording: when markup changes a message, this test says which one.
func TestMarkupFrench(t *testing.T) {
	tests := []struct{ msg, want string }{
		{"invalid UTF-8", "caractère illisible"},
		{`single "*": write **bold** or \* for a star`, "«\u00a0*\u00a0» seul"},
		{"empty bold", "gras vide"},
		{`link inside a link's text: write \[ for a bracket`, "lien dans le texte d'un lien"},
		{"unclosed bold in a link's text", "gras non fermé dans le texte d'un lien"},
		{"unclosed bold: ** must be closed on the same line", "gras non fermé. Fermez"},
		{`malformed link: "[" without "]": write [text](https://…), or \[ for a bracket`, "n'a pas de «\u00a0]\u00a0»"},
		{"malformed link: empty text", "Le texte entre"},
		{`malformed link: "]" must be followed by "(https://…)"`, "doit être suivi de"},
		{`malformed link: missing ")"`, "Il manque «\u00a0)\u00a0»"},
		{"malformed link: empty address", "L'adresse entre"},
		{`malformed link: address "https://a b" contains " "`, "L'adresse «\u00a0https://a b\u00a0» contient"},
		{`malformed link: address "http://x.fr" is not https://`, "L'adresse «\u00a0http://x.fr\u00a0» doit commencer par https://"},
		{`malformed link: address "https:///x" has no host`, "n'a pas de nom de site"},
		{`malformed link: address "https://%zz": parse error`, "L'adresse «\u00a0https://%zz\u00a0» n'est pas valable"},
		{"something new", "texte mal formé\u00a0: «\u00a0something new\u00a0»."},
	}
	for _, tt := range tests {
		if got := markupFrench(tt.msg); !strings.Contains(got, tt.want) {
			t.Errorf("markupFrench(%q) = %q, want …%s…", tt.msg, got, tt.want)
		}
	}
}
