package sites

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const testToken = "123456:AAE-secret-token"

func mustLoad(tb testing.TB) *Network {
	tb.Helper()
	n, err := Load("testdata/network.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestLoad(t *testing.T) {
	n := mustLoad(t)
	var ids []string
	for _, s := range n.Sites {
		ids = append(ids, s.ID)
	}
	if want := []string{"lyon-vaise", "villeurbanne", "ajaccio", "saint-denis_974"}; !slices.Equal(ids, want) {
		t.Fatalf("sites %v, want %v", ids, want)
	}
	if got := n.Default().ID; got != "lyon-vaise" {
		t.Errorf("Default() = %q, want lyon-vaise", got)
	}
	if n.CoordinatorRoleID != "9000" || n.Location.String() != "Europe/Paris" {
		t.Errorf("coordinator %q, location %v", n.CoordinatorRoleID, n.Location)
	}
	vaise, _ := n.Site("lyon-vaise")
	if vaise.ChannelID != "1001" || vaise.RoleID != "2001" || vaise.Email != "vaise@example.org" || vaise.Bot != "rhone" {
		t.Errorf("lyon-vaise = %+v", vaise)
	}
	// An unquoted id in YAML keeps its digits.
	if v, _ := n.Site("villeurbanne"); v.ChannelID != "1002" || v.RoleID != "2002" {
		t.Errorf("villeurbanne: channel %q role %q, want 1002 and 2002", v.ChannelID, v.RoleID)
	}
	// The network's closed days and the site's own both close the site.
	christmas := time.Date(2026, 12, 25, 10, 0, 0, 0, n.Location)
	assumption := time.Date(2026, 8, 14, 10, 0, 0, 0, n.Location)
	monday := time.Date(2026, 8, 17, 10, 0, 0, 0, n.Location)
	if vaise.Hours.OpenAt(christmas) || vaise.Hours.OpenAt(assumption) || !vaise.Hours.OpenAt(monday) {
		t.Errorf("lyon-vaise open at Christmas %v, 14 August %v, Monday 17 August %v; want false, false, true",
			vaise.Hours.OpenAt(christmas), vaise.Hours.OpenAt(assumption), vaise.Hours.OpenAt(monday))
	}
	reunion, _ := n.Site("saint-denis_974")
	if got := reunion.Hours.Location.String(); got != "Indian/Reunion" {
		t.Errorf("saint-denis_974 time zone %s, want its own Indian/Reunion", got)
	}
	if a, _ := n.Site("ajaccio"); !slices.Equal(a.Postcodes, []string{"20000", "2A"}) {
		t.Errorf("ajaccio postcodes %q, want normalized [20000 2A]", a.Postcodes)
	}
	bot, ok := n.Bot("rhone")
	if !ok || bot.Username != "PimmsRhoneBot" || bot.Token.Reveal() != testToken {
		t.Errorf("bot rhone = %v, %v", bot, ok)
	}
	if _, ok := n.Site("nowhere"); ok {
		t.Error(`Site("nowhere") found a site`)
	}
}

// TestTokenNeverPrinted prints the network every usual way and looks for
// the token.
func TestTokenNeverPrinted(t *testing.T) {
	n := mustLoad(t)
	js, err := json.Marshal(n.Bots)
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{fmt.Sprint(n), fmt.Sprintf("%+v", *n), fmt.Sprintf("%#v", n.Bots), fmt.Sprintf("%q", n.Bots[0].Token), string(js)} {
		if strings.Contains(out, "AAE-secret") {
			t.Errorf("the token shows in %s", out)
		}
	}
	if !strings.Contains(fmt.Sprintf("%+v", n.Bots), "[hidden]") {
		t.Errorf("%+v: want the token shown as [hidden]", n.Bots)
	}
	// A wrong token file is named, its content is not.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "t"), []byte("not-a-token AAE-secret"), 0o600)
	_, err = Parse([]byte(strings.Replace(readTestFile(t), "token_file: rhone.token", "token_file: t", 1)), dir)
	if err == nil || strings.Contains(err.Error(), "AAE-secret") || !strings.Contains(err.Error(), "bots[rhone].token") {
		t.Errorf("error %v: want bots[rhone].token named and the token hidden", err)
	}
}

func readTestFile(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("testdata/network.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// TestValidation changes one line of a valid file at a time and checks
// that the error names the site and the field.
func TestValidation(t *testing.T) {
	tests := []struct {
		name, old, new string
		site, field    string
		says           string
	}{
		{"duplicate id", "id: villeurbanne", "id: lyon-vaise", "lyon-vaise", "id", "deux sites ont cet id"},
		{"id with a space", "id: villeurbanne", "id: ville urbanne", "#2", "id", "lettres"},
		{"id with an accent", "id: villeurbanne", "id: villeurbanné", "#2", "id", "sans accents"},
		{"id too long", "id: villeurbanne", "id: " + strings.Repeat("v", 65), "#2", "id", "64"},
		{"missing id", "id: villeurbanne", "id: ''", "#2", "id", "obligatoire"},
		{"missing name", "name: PIMMS Médiation Ajaccio", "name: ''", "ajaccio", "name", "obligatoire"},
		{"missing phone", "phone: 04 00 00 00 03", "phone: ''", "ajaccio", "phone", "obligatoire"},
		{"missing address", "address: 3 cours de l'Exemple, 20000 Ajaccio", "address: ''", "ajaccio", "address", "obligatoire"},
		{"bad e-mail", "email: vaise@example.org", "email: vaise at example", "lyon-vaise", "email", "n'est pas une adresse e-mail"},
		{"missing channel", `discord: {channel: "1003", role: "2003"}`, `discord: {role: "2003"}`, "ajaccio", "discord.channel", "obligatoire"},
		{"channel not an id", `discord: {channel: "1003", role: "2003"}`, `discord: {channel: "#accueil", role: "2003"}`, "ajaccio", "discord.channel", "que des chiffres"},
		{"missing role", `discord: {channel: "1003", role: "2003"}`, `discord: {channel: "1003"}`, "ajaccio", "discord.role", "obligatoire"},
		{"four-digit postcode", `postcodes: ["69100", "69 009"]`, `postcodes: ["6910"]`, "villeurbanne", "postcodes[1]", "5 chiffres"},
		{"letters in a postcode", `postcodes: ["69100", "69 009"]`, `postcodes: ["69100", "69OO9"]`, "villeurbanne", "postcodes[2]", "5 chiffres"},
		{"Corsica as 20", `postcodes: ["20000", "2a"]`, `postcodes: ["20"]`, "ajaccio", "postcodes[1]", "2A ou 2B"},
		{"postcode twice", `postcodes: ["97400"]`, `postcodes: ["97400", "97 400"]`, "saint-denis_974", "postcodes[2]", "deux fois"},
		{"no hours", "hours: mar-sam 09:00-12:00", "hours: ''", "ajaccio", "hours", "obligatoire"},
		{"bad hours", "hours: mar-sam 09:00-12:00", "hours: mardi matin", "ajaccio", "hours", "plage horaire «\u00a0matin\u00a0» illisible"},
		{"bad closed day", `closed_days: ["2026-08-14"]`, `closed_days: ["14/08/2026"]`, "lyon-vaise", "closed_days", "par exemple 2026-12-25"},
		{"bad site time zone", "timezone: Indian/Reunion", "timezone: Reunion", "saint-denis_974", "timezone", "fuseau horaire «\u00a0Reunion\u00a0» inconnu"},
		{"unknown bot", "bot: rhone", "bot: isere", "lyon-vaise", "bot", "aucun bot n'a l'id «\u00a0isere\u00a0» sous bots"},
		{"default unknown", "default: lyon-vaise", "default: lyon-8e", "", "default", "aucun site n'a l'id «\u00a0lyon-8e\u00a0»"},
		{"default missing", "default: lyon-vaise", "", "", "default", "obligatoire avec plusieurs sites"},
		{"bad network time zone", "timezone: Europe/Paris\n", "timezone: Paris\n", "", "timezone", "fuseau horaire «\u00a0Paris\u00a0» inconnu"},
		{"bad network closed day", `closed_days: ["2026-12-25"]`, `closed_days: ["Noël"]`, "", "closed_days", "jour de fermeture «\u00a0Noël\u00a0» illisible"},
		{"bad coordinator role", `coordinator_role: "9000"`, `coordinator_role: coordination`, "", "coordinator_role", "que des chiffres"},
		{"bot without token", "token_file: rhone.token", "", "", "bots[rhone].token", "obligatoire"},
		{"bot token file missing", "token_file: rhone.token", "token_file: nowhere.token", "", "bots[rhone].token", "nowhere.token"},
		{"bot username", "username: PimmsRhoneBot", "username: PimmsRhone", "", "bots[rhone].username", "finissant par bot"},
	}
	base := readTestFile(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(base, tt.old) {
				t.Fatalf("the test file has no %q", tt.old)
			}
			_, err := Parse([]byte(strings.Replace(base, tt.old, tt.new, 1)), "testdata")
			if err == nil {
				t.Fatal("Parse accepted the file")
			}
			var found bool
			for _, e := range fieldErrors(err) {
				if e.Site == tt.site && e.Field == tt.field && strings.Contains(e.Err.Error(), tt.says) {
					found = true
				}
			}
			if !found {
				t.Errorf("got:\n%v\nwant an error for site %q, field %q, saying %q", err, tt.site, tt.field, tt.says)
			}
			if named := (&Error{Site: tt.site, Field: tt.field, Err: errors.New("")}).Error(); !strings.Contains(err.Error(), named) {
				t.Errorf("error text %q does not name the site and the field", err)
			}
		})
	}
}

func fieldErrors(err error) []*Error {
	var out []*Error
	var e *Error
	if errors.As(err, &e) {
		out = append(out, e)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, err := range j.Unwrap() {
			out = append(out, fieldErrors(err)...)
		}
	}
	return out
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, file, says string }{
		{"empty", "", "le fichier des sites est vide"},
		{"no sites", "timezone: Europe/Paris\n", "sites\u00a0: aucun site n'est décrit"},
		{"misspelt field", "sites:\n  - id: a\n    nom: PIMMS\n", "ligne 3\u00a0: champ «\u00a0nom\u00a0» inconnu"},
		{"all errors at once", "sites:\n  - id: a\n  - id: b\n", "site b, discord.role\u00a0: obligatoire"},
		{"two bots, one token", "bots:\n  - {id: a, username: aaaaabot, token: '1:x'}\n  - {id: b, username: bbbbbbot, token: '1:x'}\n",
			"bots[b].token\u00a0: même jeton que le bot «\u00a0a\u00a0»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.file), t.TempDir())
			if err == nil || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("got %v, want an error saying %q", err, tt.says)
			}
		})
	}
}

// TestSharedPostcode: two sites may serve one postcode; the resident
// then chooses.
func TestSharedPostcode(t *testing.T) {
	var ids []string
	for _, s := range mustLoad(t).ForPostcode("69009") {
		ids = append(ids, s.ID)
	}
	if want := []string{"lyon-vaise", "villeurbanne"}; !slices.Equal(ids, want) {
		t.Errorf("ForPostcode(69009) = %v, want %v", ids, want)
	}
}

func TestForPostcode(t *testing.T) {
	n := mustLoad(t)
	tests := []struct {
		code string
		want []string
	}{
		{"69100", []string{"villeurbanne"}},
		{" 69 100 ", []string{"villeurbanne"}},
		{"69003", []string{"lyon-vaise"}},         // the département 69 is served whole
		{"20000", []string{"ajaccio"}},            // exact
		{"20167", []string{"ajaccio"}},            // 200xx–201xx is 2A
		{"20200", nil},                            // Bastia is 2B
		{"97490", []string{"saint-denis_974"}},    // another postcode of 974
		{"97200", nil},                            // Martinique is 972, not 97
		{"75011", nil},                            // no site near: the caller offers the default
		{"6900", nil}, {"690091", nil}, {"", nil}, // malformed
	}
	for _, tt := range tests {
		var got []string
		for _, s := range n.ForPostcode(tt.code) {
			got = append(got, s.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ForPostcode(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestDepartement(t *testing.T) {
	for code, want := range map[string]string{
		"69009": "69", "01000": "01", "20000": "2A", "20199": "2A", "20200": "2B", "20620": "2B",
		"97400": "974", "97600": "976", "98800": "988", "2A000": "", "6900": "",
	} {
		if got := Departement(code); got != want {
			t.Errorf("Departement(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestForCommune(t *testing.T) {
	n := mustLoad(t)
	for name, want := range map[string]string{"saint denis": "saint-denis_974", "SAINT-DÉNIS": "saint-denis_974", "lyon": "lyon-vaise", "Paris": ""} {
		got := n.ForCommune(name)
		if want == "" && got != nil || want != "" && (len(got) != 1 || got[0].ID != want) {
			t.Errorf("ForCommune(%q) = %v, want %q", name, got, want)
		}
	}
}

func TestOne(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	n, err := One(Single{Name: "PIMMS Médiation", Phone: "04 00 00 00 00", Hours: "lun-ven 09:00-17:00",
		ClosedDays: []string{"2026-12-25"}, Location: paris, ChannelID: "1", RoleID: "2"})
	if err != nil {
		t.Fatal(err)
	}
	s := n.Default()
	if len(n.Sites) != 1 || s.ID != OneID || s.Name != "PIMMS Médiation" || s.ChannelID != "1" || s.RoleID != "2" {
		t.Fatalf("One = %+v", n)
	}
	if s.Hours.OpenAt(time.Date(2026, 12, 25, 10, 0, 0, 0, paris)) {
		t.Error("the site is open on a closed day")
	}
	if got := n.ForPostcode("69009"); got != nil {
		t.Errorf("a network of one serves no postcode itself, got %v", got)
	}
	for _, bad := range []string{"", "lundi"} {
		_, err := One(Single{Name: "PIMMS", Hours: bad})
		var e *Error
		if !errors.As(err, &e) || !strings.HasPrefix(e.Field, "PIMMS_HOURS") {
			t.Errorf("One with hours %q: got %v, want an hours error", bad, err)
		}
	}
}

func TestDeepLink(t *testing.T) {
	if got, want := DeepLink("PimmsRhoneBot", "lyon-vaise"), "https://t.me/PimmsRhoneBot?start=lyon-vaise"; got != want {
		t.Errorf("DeepLink = %q, want %q", got, want)
	}
	for name, want := range map[string]bool{"PimmsBot": true, "pimms_rhone_bot": true, "Pimms": false, "pimms-bot": false, "@PimmsBot": false} {
		if got := ValidUsername(name); got != want {
			t.Errorf("ValidUsername(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLoadWithoutTokens(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sites.yaml")
	data := strings.Replace(readTestFile(t), "token_file: rhone.token", "token_file: /nonexistent/rhone.token", 1)
	os.WriteFile(file, []byte(data), 0o600)
	if _, err := Load(file); err == nil || !strings.Contains(err.Error(), "bots[rhone].token") {
		t.Errorf("Load: got %v, want the unreadable token file named", err)
	}
	n, err := LoadWithoutTokens(file)
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := n.Bot("rhone"); !ok || b.Username != "PimmsRhoneBot" || !b.Token.IsZero() {
		t.Errorf("bot rhone = %+v, %v; want its username and no token", b, ok)
	}
	data = strings.Replace(data, "username: PimmsRhoneBot", "username: x", 1)
	os.WriteFile(file, []byte(data), 0o600)
	if _, err := LoadWithoutTokens(file); err == nil || !strings.Contains(err.Error(), "bots[rhone].username") {
		t.Errorf("LoadWithoutTokens: got %v, want the bad username named", err)
	}
}
