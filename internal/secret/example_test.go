package secret_test

import (
	"fmt"

	"pimmsbot/internal/secret"
)

func ExampleMask() {
	masked, found := secret.Mask("mon numéro de sécu 1 85 05 78 006 084 91 et mon mdp c'est : Soleil2024!")
	fmt.Println(masked)
	fmt.Println(found)
	masked, found = secret.Mask("mon mot de passe est bloqué, appelez-moi au 06 12 34 56 78")
	fmt.Println(masked)
	fmt.Println(found)
	// Output:
	// mon numéro de sécu [n° de sécurité sociale masqué] et mon mdp c'est : [masqué]
	// [nir password]
	// mon mot de passe est bloqué, appelez-moi au 06 12 34 56 78
	// []
}
