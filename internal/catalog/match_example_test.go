package catalog_test

import (
	"fmt"

	"pimmsbot/internal/catalog"
)

func ExampleMatcher_Match() {
	c := &catalog.Catalog{
		Entries: []*catalog.Entry{
			{ID: "ameli-carte-vitale", Title: "Comment refaire ma carte Vitale perdue ou volée ?",
				Questions: []string{"j'ai perdu ma carte vitale", "carte vitale volée", "refaire carte vitale"}},
			{ID: "caf-apl", Title: "Comment demander l'aide au logement (APL) ?",
				Questions: []string{"demander les apl", "aide pour payer le loyer"}},
		},
		Intents: []*catalog.Intent{
			{ID: catalog.IntentGreeting, Questions: []string{"bonjour", "salut", "bjr"}},
		},
		Synonyms: map[string][]string{"caf": {"kaf", "allocs"}},
	}
	m := catalog.NewMatcher(c)
	for _, q := range []string{"bjr", "Bonjour, j'ai perdu ma CARTE VITALE", "recette des crêpes"} {
		r := m.Match(q)
		fmt.Printf("%s: %v %q\n", q, r.Outcome, r.ID)
	}
	// Output:
	// bjr: answer "greeting"
	// Bonjour, j'ai perdu ma CARTE VITALE: answer "ameli-carte-vitale"
	// recette des crêpes: unknown ""
}

func ExampleNormalize() {
	fmt.Println(catalog.Normalize("L'attestation de sécurité sociale, c'est où ?"))
	// Output: [attest secur social qouu]
}
