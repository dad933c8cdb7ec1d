package report

import (
	"errors"
	"fmt"
	"slices"

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
	var doc struct {
		Partners yaml.Node `yaml:"partners"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("partners: %w", err)
	}
	n := &doc.Partners
	if n.Kind == 0 {
		return nil, errors.New("partners: want a mapping `partners:` of partner name → themes or entry ids")
	}
	if n.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("partners line %d: want a mapping of partner name → themes or entry ids", n.Line)
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
				errs = append(errs, fmt.Errorf("partners line %d: %s: want a list of themes or entry ids", val.Line, key.Value))
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
				errs = append(errs, fmt.Errorf("partners line %d: %s: %q is neither a theme nor an entry of the FAQ", val.Line, key.Value, id))
			}
		}
		out = append(out, p)
	}
	return out, errors.Join(errs...)
}
