package catalog

import "testing"

func TestOfficialHost(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"www.service-public.fr", true},
		{"service-public.fr", true},
		{"WWW.AMELI.FR", true},
		{"www.ameli.fr.", true},
		{"mesdroits.caf.fr", true},
		{"www.impots.gouv.fr", true},
		{"www.interieur.gouv.fr", true},
		{"www.pimmsmediation.fr", true},
		{"www.sncf-connect.com", true},
		{"gouv.fr", true},
		{"fakeameli.fr", false},
		{"ameli.fr.example.com", false},
		{"www.gouv.fr.example.com", false},
		{"gouv-fr.com", false},
		{"service-public.com", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := officialHost(tt.host); got != tt.want {
			t.Errorf("officialHost(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}
