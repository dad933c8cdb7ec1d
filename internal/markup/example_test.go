package markup_test

import (
	"fmt"

	"pimmsbot/internal/markup"
)

func Example() {
	src := markup.Fill("Le **{site.name}** vous aide :\n- sur [service-public.fr](https://www.service-public.fr)\n- au 3939 & en ligne", map[string]string{
		"site.name": "PIMMS Exemple",
	})
	doc, err := markup.Parse(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.TelegramHTML())
	fmt.Println("---")
	fmt.Println(doc.Plain())
	// Output:
	// Le <b>PIMMS Exemple</b> vous aide :
	// • sur <a href="https://www.service-public.fr">service-public.fr</a>
	// • au 3939 &amp; en ligne
	// ---
	// Le PIMMS Exemple vous aide :
	// • sur service-public.fr (https://www.service-public.fr)
	// • au 3939 & en ligne
}

func ExampleEscape() {
	resident := "Mon n° allocataire *1234* [urgent] - merci"
	doc, _ := markup.Parse(markup.Escape(resident))
	fmt.Println(doc.TelegramHTML())
	// Output: Mon n° allocataire *1234* [urgent] - merci
}
