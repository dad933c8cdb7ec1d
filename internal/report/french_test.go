package report

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"pimmsbot/internal/frenchcheck"
)

// checkFrench fails when msg reads as English or breaks French
// typography. The words added are those of yaml.v3's and this package's
// former English messages.
func checkFrench(t *testing.T, msg string) {
	t.Helper()
	for _, p := range frenchcheck.Problems(msg, "partners line", "neither", "theme", "entry", "mapping", "line", "found",
		"character", "twice", "wording", "installation serves", "available") {
		t.Error(p)
	}
}

// TestErrorsInFrench feeds a bad partners file, a site of another
// installation and bad lines from the running service, and checks that
// each error says in French where the problem is and what to do.
func TestErrorsInFrench(t *testing.T) {
	names := Names{
		Theme:      func(id string) string { return map[string]string{"energie": "Énergie", "poste": "La Poste"}[id] },
		EntryTitle: func(id string) string { return map[string]string{"caf-apl": "L'aide au logement"}[id] },
	}
	month := func(partners string) error {
		_, err := Site{Name: "PIMMS Vaise", Partners: partners}.Month(context.Background(), nil, names, time.Now(), time.Now())
		return err
	}
	tally := func(lines ...string) error {
		var t MissTally
		for _, l := range lines {
			if err := t.AddJSON([]byte(l)); err != nil {
				return err
			}
		}
		return nil
	}
	for _, tc := range []struct {
		name   string
		err    error
		phrase string
	}{
		{"a typo in an id", month("partners:\n  EDF: [energy, caf-apl]\n"),
			"PIMMS_PARTNERS_FILE (les partenaires du rapport)\u00a0:\nligne 2, «\u00a0EDF\u00a0»\u00a0: «\u00a0energy\u00a0» n'est ni un thème ni une fiche de la FAQ\u00a0; vérifiez l'orthographe"},
		{"two partners wrong", month("partners:\n  EDF: [energy]\n  CAF: {a: b}\n"),
			"\nligne 3, «\u00a0CAF\u00a0»\u00a0: donnez une liste de thèmes ou de fiches entre [ ], par exemple [energie]"},
		{"no partners", month("partenaires:\n  EDF: [energie]\n"),
			"aucune liste partners\u00a0: écrivez «\u00a0partners:\u00a0» puis une ligne par partenaire"},
		{"partners as a list", month("partners:\n  - EDF\n"), "ligne 2, partners\u00a0: écrivez «\u00a0partners:\u00a0» puis"},
		{"a misplaced colon", month("partners:\n  EDF: [energie]\n  La Poste: Colissimo: [poste]\n"),
			"PIMMS_PARTNERS_FILE (les partenaires du rapport)\u00a0:\nvers la ligne 3\u00a0: YAML illisible\u00a0; vérifiez le décalage"},
		{"an unclosed quote", month("partners:\n  \"EDF: [energie]\n"), "YAML illisible\u00a0; vérifiez le décalage"},
		{"a tab", month("partners:\n\tEDF: [energie]\n"), "ligne 2\u00a0: une valeur commence par un caractère que YAML refuse (une tabulation, @, `…)\u00a0; décalez avec des espaces"},
		{"a list for the file", month("- partners\n"), "ligne 1\u00a0: cette valeur n'a pas la forme attendue\u00a0; écrivez «\u00a0partners:\u00a0» puis"},
		{"another site", CheckSite("PIMMS Vaise", "grenoble"),
			"site «\u00a0grenoble\u00a0»\u00a0: cette installation sert un seul site, «\u00a0pimms-vaise\u00a0» (PIMMS_SITE_NAME)\u00a0; donnez son id, ou aucun"},
		{"a line that is no JSON", tally(`{"question": "aide`),
			"une question sans réponse envoyée par le pimmsbot en marche est illisible\u00a0; s'il n'a pas la même version que cette commande, redémarrez-le"},
		{"a wording twice", tally(`{"question": "aide au loyer", "count": 1}`, `{"question": "Aide au loyer", "count": 2}`),
			"le pimmsbot en marche a envoyé deux fois la question sans réponse «\u00a0Aide au loyer\u00a0»\u00a0; s'il n'a pas la même version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			msg := tc.err.Error()
			if !strings.Contains(msg, tc.phrase) {
				t.Errorf("error:\n%s\nwant it to hold %q", msg, tc.phrase)
			}
			checkFrench(t, msg)
		})
	}
	// yaml.v3's error stays behind the French one.
	var te *yaml.TypeError
	if err := month("- partners\n"); !errors.As(err, &te) {
		t.Errorf("%v does not wrap yaml.v3's error", err)
	}
}

// TestFrenchDurationUnderAMinute: a delay under a minute is « moins d'une
// minute », not « 0 min » (an outside tester read « en moins de 0 min »).
func TestFrenchDurationUnderAMinute(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                "moins d'une minute",
		20 * time.Second: "moins d'une minute",
		59 * time.Second: "1\u00a0min",
		12 * time.Minute: "12\u00a0min",
		65 * time.Minute: "1\u00a0h\u00a005",
		50 * time.Hour:   "2\u00a0j\u00a02\u00a0h",
	} {
		if got := frenchDuration(d); got != want {
			t.Errorf("frenchDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
