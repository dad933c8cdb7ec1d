package sites

import (
	"os"
	"testing"
)

// FuzzParse feeds Parse edited sites files: it must never panic, and a
// network it accepts must be usable.
func FuzzParse(f *testing.F) {
	data, err := os.ReadFile("testdata/network.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("sites:\n  - id: a\n"))
	f.Add([]byte("default: [x]\nsites: {}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data, "testdata")
		if err != nil {
			return
		}
		if len(n.Sites) == 0 || n.Default().ID == "" {
			t.Errorf("accepted a network without sites or default: %+v", n)
		}
		for _, s := range n.Sites {
			if !ValidID(s.ID) || s.Hours == nil || s.ChannelID == "" || s.RoleID == "" {
				t.Errorf("accepted an incomplete site: %+v", s)
			}
		}
	})
}

// FuzzForPostcode: whatever a resident types, the lookup does not panic,
// and the sites it returns serve the postcode or its département.
func FuzzForPostcode(f *testing.F) {
	n, err := Load("testdata/network.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"69009", "20167", "97400", " 69 100", "2A000", "00000", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		for _, s := range n.ForPostcode(code) {
			if len(s.Postcodes) == 0 {
				t.Errorf("ForPostcode(%q) returned %s, which serves no postcode", code, s.ID)
			}
		}
	})
}
