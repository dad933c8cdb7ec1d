package catalog

import (
	"regexp"
	"strings"
)

// markupMessages are the errors of internal/markup (English, for
// developers) in French for the site manager: the pattern matches
// markup's message, the French text may use its groups ($1, $2).
var markupMessages = []struct {
	re *regexp.Regexp
	fr string
}{
	{regexp.MustCompile(`^invalid UTF-8$`), "caractère illisible. Enregistrez le fichier en UTF-8."},
	{regexp.MustCompile(`^single "\*": `), quote("*") + " seul. Écrivez " + quote("**gras**") + ", ou " + quote(`\*`) + " pour une étoile."},
	{regexp.MustCompile(`^empty bold$`), "gras vide (" + quote("****") + "). Supprimez-le."},
	{regexp.MustCompile(`^link inside a link's text`), "lien dans le texte d'un lien. Écrivez " + quote(`\[`) + " pour un crochet."},
	{regexp.MustCompile(`^unclosed bold in a link's text$`), "gras non fermé dans le texte d'un lien. Fermez les " + quote("**") + " avant " + quote("]") + "."},
	{regexp.MustCompile(`^unclosed bold`), "gras non fermé. Fermez les " + quote("**") + " sur la même ligne."},
	{regexp.MustCompile(`^malformed link: "\[" without "\]"`), "lien mal écrit. Un " + quote("[") + " n'a pas de " + quote("]") + ". Écrivez " + quote("[texte](https://…)") + ", ou " + quote(`\[`) + " pour un crochet."},
	{regexp.MustCompile(`^malformed link: empty text$`), "lien mal écrit. Le texte entre " + quote("[ ]") + " est vide."},
	{regexp.MustCompile(`^malformed link: "\]" must be followed by`), "lien mal écrit. Le " + quote("]") + " doit être suivi de " + quote("(https://…)") + ", sans espace."},
	{regexp.MustCompile(`^malformed link: missing "\)"$`), "lien mal écrit. Il manque " + quote(")") + " après l'adresse."},
	{regexp.MustCompile(`^malformed link: empty address$`), "lien mal écrit. L'adresse entre " + quote("( )") + " est vide."},
	{regexp.MustCompile(`^malformed link: address "(.*)" contains "(.*)"$`), "lien mal écrit. L'adresse " + quote("$1") + " contient " + quote("$2") + "."},
	{regexp.MustCompile(`^malformed link: address "(.*)" is not https://$`), "lien mal écrit. L'adresse " + quote("$1") + " doit commencer par https://."},
	{regexp.MustCompile(`^malformed link: address "(.*)" has no host$`), "lien mal écrit. L'adresse " + quote("$1") + " n'a pas de nom de site."},
	{regexp.MustCompile(`^malformed link: address "(.*?)": `), "lien mal écrit. L'adresse " + quote("$1") + " n'est pas valable."},
}

// markupFrench returns markup's error message msg in French; one it does
// not know is quoted after a French sentence.
func markupFrench(msg string) string {
	for _, m := range markupMessages {
		if loc := m.re.FindStringSubmatchIndex(msg); loc != nil {
			return string(m.re.ExpandString(nil, m.fr, msg, loc))
		}
	}
	return "texte mal formé" + nbsp + ": " + quote(strings.TrimSpace(msg)) + "."
}
