package report

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A Partner is an organisation the site reports to (EDF, La Poste, the
// CAF…) and the part of the FAQ that concerns it: whole themes, or single
// entries.
type Partner struct {
	Name    string
	Themes  []string
	Entries []string
}

func (p Partner) covers(entry, theme string) bool {
	return slices.Contains(p.Entries, entry) || slices.Contains(p.Themes, theme)
}

// ParsePartners reads the partners file, YAML with one mapping in the
// order the report shows it:
//
//	partners:
//	  EDF / Engie: [energie]
//	  La Poste: [poste]
//	  CAF: [caf, famille-naissance]
//
// Each value lists theme ids or entry ids. isTheme and isEntry tell them
// apart; an id that is neither is an error, so that a typo does not
// silently count nothing.
func ParsePartners(data []byte, isTheme, isEntry func(string) bool) ([]Partner, error) {
	const layout = "écrivez «" + nbsp + "partners:" + nbsp + "» puis une ligne par partenaire, son nom et ses thèmes ou fiches, par exemple «" + nbsp +
		"EDF / Engie: [energie]" + nbsp + "»"
	var doc struct {
		Partners yaml.Node `yaml:"partners"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError{err, layout}
	}
	n := &doc.Partners
	if n.Kind == 0 {
		return nil, errors.New("aucune liste partners" + nbsp + ": " + layout)
	}
	if n.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("ligne %d, partners"+nbsp+": %s", n.Line, layout)
	}
	var out []Partner
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		p := Partner{Name: key.Value}
		var ids []string
		if err := val.Decode(&ids); err != nil {
			var one string
			if val.Decode(&one) != nil {
				errs = append(errs, fmt.Errorf("ligne %d, %s"+nbsp+": donnez une liste de thèmes ou de fiches entre [ ], par exemple [energie]", val.Line, guillemets(key.Value)))
				continue
			}
			ids = []string{one}
		}
		for _, id := range ids {
			switch {
			case isTheme != nil && isTheme(id):
				p.Themes = append(p.Themes, id)
			case isEntry != nil && isEntry(id):
				p.Entries = append(p.Entries, id)
			default:
				errs = append(errs, fmt.Errorf("ligne %d, %s"+nbsp+": %s n'est ni un thème ni une fiche de la FAQ"+nbsp+
					"; vérifiez l'orthographe (pimmsbot faq list donne les thèmes et les identifiants des fiches)", val.Line, guillemets(key.Value), guillemets(id)))
			}
		}
		out = append(out, p)
	}
	return out, errors.Join(errs...)
}

// A yamlError says in French, with its line, why a file does not read as
// YAML: yaml.v3's own words are English, and stay behind Unwrap.
type yamlError struct {
	err    error
	layout string // what the file holds, for an error without a line
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

func (e yamlError) Error() string {
	lines := []string{e.err.Error()}
	var te *yaml.TypeError
	if errors.As(e.err, &te) {
		lines = te.Errors
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		m := yamlLine.FindStringSubmatch(l)
		switch {
		case m == nil:
			out[i] = "YAML illisible" + nbsp + "; " + e.layout
		case strings.Contains(l, "cannot unmarshal"):
			out[i] = "ligne " + m[1] + nbsp + ": cette valeur n'a pas la forme attendue" + nbsp + "; " + e.layout
		case strings.Contains(l, "cannot start any token"):
			out[i] = "ligne " + m[1] + nbsp + ": une valeur commence par un caractère que YAML refuse (une tabulation, @, `…)" + nbsp +
				"; décalez avec des espaces, ou mettez le texte entre guillemets"
		default:
			out[i] = "vers la ligne " + m[1] + nbsp + ": YAML illisible" + nbsp +
				"; vérifiez le décalage (des espaces, pas de tabulations), les deux-points et les guillemets"
		}
	}
	return strings.Join(out, "\n")
}

func (e yamlError) Unwrap() error { return e.err }
