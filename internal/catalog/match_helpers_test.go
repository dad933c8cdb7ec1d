package catalog

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// mustSmallTalk reads faq/intents.yaml and faq/synonyms.yaml without the
// loader, so that the engine's tests do not depend on the theme files.
func mustSmallTalk(tb testing.TB) ([]*Intent, map[string][]string) {
	tb.Helper()
	var in struct {
		Intents []*Intent `yaml:"intents"`
	}
	var syn struct {
		Synonyms map[string][]string `yaml:"synonyms"`
	}
	for name, v := range map[string]any{"intents.yaml": &in, "synonyms.yaml": &syn} {
		b, err := os.ReadFile(filepath.Join("..", "..", "faq", name))
		if err != nil {
			tb.Fatal(err)
		}
		if err := yaml.Unmarshal(b, v); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
	}
	return in.Intents, syn.Synonyms
}

// testCatalog is a small catalogue in the shape of the real one.
func testCatalog(tb testing.TB) *Catalog {
	tb.Helper()
	intents, syn := mustSmallTalk(tb)
	return &Catalog{
		Intents:  intents,
		Synonyms: syn,
		Entries: []*Entry{
			{ID: "ameli-carte-vitale", Theme: "sante", Title: "Comment refaire ma carte Vitale perdue ou volée ?",
				Questions: []string{"j'ai perdu ma carte vitale", "carte vitale volée comment faire", "ma carte vitale est cassée, elle marche plus à la pharmacie", "refaire carte vitale", "on m a vole mon portefeuille avec la carte vitale dedans", "comment avoir une nouvelle carte vitale"},
				Keywords:  []string{"carte vitale", "perte", "vol", "ameli"}},
			{ID: "ameli-attestation-droits", Theme: "sante", Title: "Comment obtenir une attestation de droits de l'Assurance maladie ?",
				Questions: []string{"attestation de droits sécu", "imprimer mon attestation ameli", "l'hôpital me demande une attestation de sécurité sociale", "prouver que je suis assuré", "attestation carte vitale"},
				Keywords:  []string{"attestation", "droits", "ameli"}},
			{ID: "caf-apl", Theme: "caf", Title: "Comment demander l'aide au logement (APL) ?",
				Questions: []string{"demander les apl", "j'ai droit à l'aide au logement ?", "je loue un appartement, la caf peut m'aider pour le loyer ?", "simulation apl", "comment toucher les apl étudiant"},
				Keywords:  []string{"apl", "aide au logement", "loyer", "caf"}},
			{ID: "caf-date-paiement", Theme: "caf", Title: "Quand la CAF verse-t-elle les prestations ?",
				Questions: []string{"date de paiement caf", "quand est-ce que la caf paye", "j'ai pas reçu mes allocations ce mois", "virement caf en retard"},
				Keywords:  []string{"paiement", "versement", "date"}},
			{ID: "ants-carte-identite", Theme: "identite", Title: "Comment faire ou renouveler sa carte d'identité ?",
				Questions: []string{"renouveler ma carte d'identité", "ma carte d'identité est périmée", "faire une carte d'identité pour mon enfant", "prendre rendez-vous en mairie pour la carte d'identité", "pré-demande carte d'identité"},
				Keywords:  []string{"carte d'identité", "mairie", "pré-demande", "ants"}},
			{ID: "ft-inscription", Theme: "emploi", Title: "Comment s'inscrire à France Travail ?",
				Questions: []string{"m'inscrire à france travail", "inscription demandeur d'emploi", "j'ai perdu mon travail je m'inscris où", "créer mon compte france travail"},
				Keywords:  []string{"inscription", "demandeur d'emploi"}},
			{ID: "numerique-mot-de-passe", Theme: "numerique", Title: "J'ai oublié mon mot de passe, que faire ?",
				Questions: []string{"mot de passe oublié", "je n'arrive plus à me connecter", "réinitialiser mon mot de passe", "mon compte est bloqué après trop d'essais"},
				Keywords:  []string{"mot de passe", "connexion", "identifiant"}},
		},
	}
}

// evaluate runs Evaluate with a context that is never done, so that it
// cannot fail.
func evaluate(m *Matcher, cases []EvalCase) EvalReport {
	rep, _ := Evaluate(context.Background(), m, cases)
	return rep
}
