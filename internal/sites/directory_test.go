package sites_test

import (
	"testing"

	"pimmsbot/internal/sites"
)

func TestDirectory(t *testing.T) {
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
    email: villeurbanne@example.org
    hours: lun-ven 09:00-17:00
    postcodes: ["69100", "69009"]
    discord: {channel: "1002", role: "2002"}
`), "")
	if err != nil {
		t.Fatal(err)
	}
	d := sites.NewDirectory(n)
	if got := d.Len(); got != 2 {
		t.Errorf("Len() = %d, want 2", got)
	}
	s, ok := d.Site("villeurbanne")
	if !ok || s.ID != "villeurbanne" || s.Name != "PIMMS Médiation Villeurbanne" || s.Phone != "04 00 00 00 02" ||
		s.Email != "villeurbanne@example.org" || s.Address == "" || s.Hours == nil {
		t.Errorf("Site(villeurbanne) = %+v, %v", s, ok)
	}
	if _, ok := d.Site("lyon"); ok {
		t.Error("Site(lyon) found a site that does not exist")
	}
	if got := d.Default().ID; got != "vaise" {
		t.Errorf("Default() = %q, want vaise", got)
	}
	var ids []string
	for _, s := range d.ForPostcode("69009") {
		ids = append(ids, s.ID+"/"+s.Name)
	}
	if len(ids) != 2 || ids[0] != "vaise/PIMMS Médiation Lyon Vaise" || ids[1] != "villeurbanne/PIMMS Médiation Villeurbanne" {
		t.Errorf("ForPostcode(69009) = %v", ids)
	}
	if got := d.ForPostcode("75011"); got != nil {
		t.Errorf("ForPostcode(75011) = %v, want nil", got)
	}

	one, err := sites.One(sites.Single{Name: "PIMMS Test", Hours: "lun-ven 09:00-17:00"})
	if err != nil {
		t.Fatal(err)
	}
	if d := sites.NewDirectory(one); d.Len() != 1 || d.Default().ID != sites.OneID || d.Default().Name != "PIMMS Test" {
		t.Errorf("network of one: Len %d, Default %+v", d.Len(), d.Default())
	}
}
