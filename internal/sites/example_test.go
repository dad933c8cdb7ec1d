package sites_test

import (
	"fmt"

	"pimmsbot/internal/sites"
)

func ExampleNetwork_ForPostcode() {
	n, err := sites.Parse([]byte(`
default: vaise
sites:
  - id: vaise
    name: PIMMS Médiation Lyon Vaise
    address: 1 rue de l'Exemple, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-ven 09:00-17:00
    postcodes: ["69009", "69"]
    discord: {channel: "1001", role: "2001"}
  - id: villeurbanne
    name: PIMMS Médiation Villeurbanne
    address: 2 place de l'Exemple, 69100 Villeurbanne
    phone: 04 00 00 00 02
    hours: lun-ven 09:00-17:00
    postcodes: ["69100", "69009"]
    discord: {channel: "1002", role: "2002"}
`), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, code := range []string{"69100", "69009", "69003", "75011"} {
		var ids []string
		for _, s := range n.ForPostcode(code) {
			ids = append(ids, s.ID)
		}
		fmt.Println(code, ids)
	}
	fmt.Println("default:", n.Default().ID)
	fmt.Println(sites.DeepLink("PimmsLyonBot", "vaise"))
	// Output:
	// 69100 [villeurbanne]
	// 69009 [vaise villeurbanne]
	// 69003 [vaise]
	// 75011 []
	// default: vaise
	// https://t.me/PimmsLyonBot?start=vaise
}
