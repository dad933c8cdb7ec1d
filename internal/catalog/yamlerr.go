package catalog

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// yamlMessage is the French wording of one of yaml.v3's parse errors.
type yamlMessage struct {
	problem string // yaml.v3's text, without "yaml: line N: "
	// block is true for the parser's errors: yaml.v3 gives the line, counted
	// from 0, where the enclosing block (a list, an entry) starts, not the
	// line of the mistake.
	block bool
	fr    string
}

// yamlMessages are yaml.v3's common parse errors, in French for the site
// manager.
var yamlMessages = []yamlMessage{
	{"mapping values are not allowed in this context", false,
		"un " + quote(":") + " est mal placé. Si le texte contient " + quote(":") + ", mettez tout le texte entre guillemets (" + quote(`"…"`) + ")" + nbsp + "; sinon, vérifiez le décalage de la ligne."},
	{"found character that cannot start any token", false,
		"cette valeur commence par un caractère réservé (tabulation, " + quote("@") + ", " + quote("`") + ", " + quote("%") + "…). Décalez avec des espaces, pas des tabulations, ou mettez le texte entre guillemets."},
	{"found a tab character that violates indentation", false,
		"une tabulation sert de décalage. Remplacez-la par des espaces."},
	{"found a tab character where an indentation space is expected", false,
		"une tabulation sert de décalage. Remplacez-la par des espaces."},
	{"found unexpected end of stream", false,
		"un guillemet ouvert à cette ligne n'est jamais fermé. Fermez-le à la fin du texte."},
	{"could not find expected ':'", false,
		"il manque " + quote(":") + " après le nom d'un champ, ou la ligne est mal décalée. Vérifiez cette ligne et celle d'avant."},
	{"block sequence entries are not allowed in this context", false,
		"un " + quote("-") + " est mal placé. Un élément de liste va sous le nom de sa liste, décalé comme les autres éléments."},
	{"found unknown escape character", false,
		"entre guillemets doubles, une barre " + quote(`\`) + " est suivie d'un caractère inconnu. Écrivez " + quote(`\\`) + " pour une barre, ou utilisez des guillemets simples."},
	{"did not find expected comment or line break", false,
		"du texte suit un guillemet fermant. Mettez tout le texte entre les guillemets."},
	{"did not find expected key", true,
		"une ligne n'a pas la forme " + quote("nom: valeur") + ", ou n'est pas alignée avec les autres. Vérifiez les décalages, et qu'aucun texte ne suit un guillemet fermant."},
	{"did not find expected '-' indicator", true,
		"les éléments de cette liste ne sont pas alignés. Mettez chaque " + quote("-") + " à la même colonne, et les champs d'une même fiche alignés entre eux."},
	{"did not find expected ',' or ']'", true,
		"une liste entre crochets n'est pas fermée par " + quote("]") + ". Fermez-la sur la même ligne, et mettez entre guillemets un élément qui contient " + quote(":") + ", " + quote("[") + " ou " + quote("]") + "."},
	{"did not find expected ',' or '}'", true,
		"des accolades ne sont pas fermées par " + quote("}") + ". Fermez-les sur la même ligne, et mettez entre guillemets un texte qui contient " + quote(":") + "."},
	{"did not find expected node content", true,
		"une valeur manque, ou commence par " + quote(",") + ", " + quote("]") + " ou " + quote("}") + ". Mettez le texte entre guillemets."},
}

// Errors of yaml.v3's reader and composer: they carry no line.
var (
	utf8Problems = []string{
		"invalid leading UTF-8 octet", "invalid trailing UTF-8 octet", "incomplete UTF-8 octet sequence",
		"invalid length of a UTF-8 sequence", "found an incorrect leading UTF-8 octet",
		"found an incorrect trailing UTF-8 octet", "invalid Unicode character",
	}
	unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
	yamlLine      = regexp.MustCompile(`^line (\d+): `)
)

// yamlProblem turns a yaml.v3 parse error of data into the line to show
// (0 when unknown) and a French message. A message it does not know says
// that the YAML is malformed and quotes yaml.v3's text.
func yamlProblem(err error, data []byte) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	const here = "YAML mal formé à cette ligne" + nbsp + ": "
	for _, ym := range yamlMessages {
		if msg != ym.problem {
			continue
		}
		if ym.block {
			return line + 1, "YAML mal formé dans le bloc qui commence à cette ligne" + nbsp + ": " + ym.fr
		}
		return max(line, 1), here + ym.fr
	}
	switch {
	case msg == "control characters are not allowed":
		return lineWhere(data, func(r rune, size int) bool {
			return r < ' ' && r != '\n' && r != '\r' && r != '\t' || r == 0x7f
		}), here + "le fichier contient un caractère de contrôle invisible, souvent venu d'un copier-coller. Supprimez-le."
	case containsString(utf8Problems, msg):
		return lineWhere(data, func(r rune, size int) bool { return r == utf8.RuneError && size <= 1 }),
			here + "le fichier n'est pas enregistré en UTF-8. Enregistrez-le en UTF-8 depuis votre éditeur."
	case unknownAnchor.MatchString(msg):
		name := unknownAnchor.FindStringSubmatch(msg)[1]
		at := 0
		if i := bytes.Index(data, []byte("*"+name)); i >= 0 {
			at = 1 + bytes.Count(data[:i], []byte("\n"))
		}
		return at, here + "une valeur commence par " + quote("*") + ". Mettez le texte entre guillemets."
	}
	// yaml.v3 leaves the line out on the first line.
	return max(line, 1), here + quote(msg) + "."
}

// lineWhere returns the line (from 1) of the first character of data for
// which bad is true, or 0.
func lineWhere(data []byte, bad func(r rune, size int) bool) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if bad(r, size) {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return 0
}
