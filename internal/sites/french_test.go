package sites

import (
	"errors"
	"os"
	"path/filepath"
	"pimmsbot/internal/frenchcheck"
	"strings"
	"testing"
)

// checkFrench fails when msg reads as English or breaks French
// typography.
func checkFrench(t *testing.T, msg string) {
	t.Helper()
	for _, p := range frenchcheck.Problems(msg, "digits", "twice", "listed", "mapping", "allowed", "found", "cannot start") {
		t.Error(p)
	}
}

// TestErrorsInFrench triggers each error of a sites file, one change of
// the test file at a time or a file of its own, and checks that it names
// the site and the field first and says in French what to write.
func TestErrorsInFrench(t *testing.T) {
	base := readTestFile(t)
	for _, tc := range []struct {
		name string
		// The file is base with old replaced by new, or file when set.
		old, new, file string
		// The error wanted holds phrase.
		phrase string
	}{
		{name: "empty", file: " ", phrase: "le fichier des sites est vide\u00a0; le fichier des sites décrit timezone"},
		{name: "misspelt field", file: "sites:\n  - id: a\n    nom: PIMMS\n", phrase: "ligne 3\u00a0: champ «\u00a0nom\u00a0» inconnu\u00a0; vérifiez son orthographe"},
		{name: "a colon in a name", file: "timezone: Europe/Paris\nsites:\n  - id: a\n    name: PIMMS: Vaise\n",
			phrase: "vers la ligne 4\u00a0: YAML illisible\u00a0; vérifiez l'indentation (des espaces, pas de tabulations), les deux-points et les guillemets"},
		{name: "a tab", file: "sites:\n\t- id: a\n",
			phrase: "ligne 2\u00a0: une valeur commence par un caractère que YAML refuse (une tabulation, @, `…)\u00a0; décalez avec des espaces"},
		{name: "a list as a text", old: `postcodes: ["97400"]`, new: `postcodes: {a: 1}`, phrase: "n'a pas la forme attendue"},
		{name: "no site", file: "timezone: Europe/Paris\n", phrase: "sites\u00a0: aucun site n'est décrit\u00a0; ajoutez-en au moins un"},
		{name: "network time zone", old: "timezone: Europe/Paris\n", new: "timezone: Paris\n",
			phrase: "timezone\u00a0: fuseau horaire «\u00a0Paris\u00a0» inconnu\u00a0; écrivez par exemple Europe/Paris"},
		{name: "network closed day", old: `closed_days: ["2026-12-25"]`, new: `closed_days: ["25 décembre"]`,
			phrase: "closed_days\u00a0: jour de fermeture «\u00a025 décembre\u00a0» illisible\u00a0; écrivez la date en chiffres"},
		{name: "coordinator role", old: `coordinator_role: "9000"`, new: `coordinator_role: coordination`,
			phrase: "coordinator_role\u00a0: «\u00a0coordination\u00a0» n'est pas un identifiant de rôle Discord (que des chiffres)\u00a0; dans Discord"},
		{name: "default missing", old: "default: lyon-vaise\n", new: "", phrase: "default\u00a0: obligatoire avec plusieurs sites\u00a0: indiquez l'id du site"},
		{name: "default unknown", old: "default: lyon-vaise", new: "default: lyon-8e",
			phrase: "default\u00a0: aucun site n'a l'id «\u00a0lyon-8e\u00a0»\u00a0; indiquez l'un de ceux-ci\u00a0: lyon-vaise, villeurbanne, ajaccio"},
		{name: "bot id", old: "  - id: rhone\n", new: "  - id: rhône\n", phrase: "bots[0].id\u00a0: «\u00a0rhône\u00a0» ne convient pas\u00a0; écrivez de 1 à 64 lettres sans accents"},
		{name: "bot twice", old: "    token_file: rhone.token\n", new: "    token_file: rhone.token\n  - {id: rhone, username: PimmsRhoneBot, token: '1:x'}\n",
			phrase: "bots[rhone].id\u00a0: deux bots ont cet id\u00a0; donnez à chacun le sien"},
		{name: "bot username", old: "username: PimmsRhoneBot", new: "username: Pimms Rhône",
			phrase: "bots[rhone].username\u00a0: «\u00a0Pimms Rhône\u00a0» n'est pas un nom de bot Telegram\u00a0; écrivez son nom d'utilisateur seul"},
		{name: "token twice", old: "    token_file: rhone.token\n", new: "    token: '1:x'\n  - {id: isere, username: PimmsIsereBot, token: '1:x'}\n",
			phrase: "bots[isere].token\u00a0: même jeton que le bot «\u00a0rhone\u00a0»\u00a0; chaque bot a le sien"},
		{name: "token and token_file", old: "token_file: rhone.token", new: "token_file: rhone.token\n    token: '1:x'",
			phrase: "bots[rhone].token\u00a0: token et token_file sont tous deux renseignés\u00a0; gardez-en un seul"},
		{name: "no token", old: "    token_file: rhone.token\n", new: "",
			phrase: "bots[rhone].token\u00a0: obligatoire\u00a0: indiquez token_file (le chemin d'un fichier qui contient le jeton"},
		{name: "token_file missing", old: "token_file: rhone.token", new: "token_file: nowhere.token",
			phrase: "nowhere.token\u00a0»\u00a0: ce fichier n'existe pas (vérifiez le chemin)"},
		{name: "token_file a folder", old: "token_file: rhone.token", new: "token_file: .",
			phrase: "\u00a0»\u00a0: c'est un dossier\u00a0; indiquez un fichier"},
		{name: "token_file blank", old: "token_file: rhone.token", new: "token_file: blank.token",
			phrase: "blank.token\u00a0»\u00a0: ce fichier est vide\u00a0; mettez-y le jeton donné par @BotFather"},
		{name: "not a token", old: "token_file: rhone.token", new: "token: PimmsRhoneBot",
			phrase: "bots[rhone].token\u00a0: ce n'est pas un jeton de bot Telegram\u00a0; copiez celui que donne @BotFather"},
		{name: "site twice", old: "id: villeurbanne", new: "id: lyon-vaise", phrase: "site lyon-vaise, id\u00a0: deux sites ont cet id"},
		{name: "site id missing", old: "id: villeurbanne", new: "id: ''", phrase: "site n°\u00a02, id\u00a0: obligatoire\u00a0; écrivez de 1 à 64 lettres"},
		{name: "site id with an accent", old: "id: villeurbanne", new: "id: villeurbanné",
			phrase: "site n°\u00a02, id\u00a0: «\u00a0villeurbanné\u00a0» ne convient pas\u00a0; écrivez de 1 à 64 lettres sans accents"},
		{name: "name missing", old: "name: PIMMS Médiation Ajaccio", new: "name: ''", phrase: "site ajaccio, name\u00a0: obligatoire\u00a0: le nom que voient les usagers"},
		{name: "address missing", old: "address: 3 cours de l'Exemple, 20000 Ajaccio", new: "address: ''",
			phrase: "site ajaccio, address\u00a0: obligatoire\u00a0: l'adresse postale"},
		{name: "phone missing", old: "phone: 04 00 00 00 03", new: "phone: ''", phrase: "site ajaccio, phone\u00a0: obligatoire\u00a0: le numéro de téléphone"},
		{name: "e-mail", old: "email: vaise@example.org", new: "email: Accueil <vaise@example.org>",
			phrase: "site lyon-vaise, email\u00a0: «\u00a0Accueil <vaise@example.org>\u00a0» n'est pas une adresse e-mail\u00a0; écrivez-la seule"},
		{name: "site time zone", old: "timezone: Indian/Reunion", new: "timezone: La Réunion",
			phrase: "site saint-denis_974, timezone\u00a0: fuseau horaire «\u00a0La Réunion\u00a0» inconnu"},
		{name: "hours missing", old: "hours: mar-sam 09:00-12:00", new: "hours: ''",
			phrase: "site ajaccio, hours\u00a0: obligatoire\u00a0: les horaires d'ouverture de la semaine, par exemple «\u00a0lun-ven"},
		{name: "hours in words", old: "hours: mar-sam 09:00-12:00", new: "hours: du mardi au samedi le matin",
			phrase: "site ajaccio, hours\u00a0: jour «\u00a0du\u00a0» inconnu\u00a0; écrivez lun, mar"},
		{name: "site closed day", old: `closed_days: ["2026-08-14"]`, new: `closed_days: ["14/08/2026"]`,
			phrase: "site lyon-vaise, closed_days\u00a0: jour de fermeture «\u00a014/08/2026\u00a0» illisible"},
		{name: "Corsica as 20", old: `postcodes: ["20000", "2a"]`, new: `postcodes: ["20"]`,
			phrase: "site ajaccio, postcodes[1]\u00a0: «\u00a020\u00a0»\u00a0: la Corse a deux départements, écrivez 2A ou 2B"},
		{name: "postcode of four digits", old: `postcodes: ["69100", "69 009"]`, new: `postcodes: ["6910"]`,
			phrase: "site villeurbanne, postcodes[1]\u00a0: «\u00a06910\u00a0» n'est ni un code postal de 5 chiffres (69009) ni un département"},
		{name: "postcode twice", old: `postcodes: ["97400"]`, new: `postcodes: ["97400", "97 400"]`,
			phrase: "site saint-denis_974, postcodes[2]\u00a0: «\u00a097400\u00a0» figure deux fois\u00a0; retirez l'une des deux lignes"},
		{name: "blank commune", old: "communes: [Villeurbanne]", new: "communes: [Villeurbanne, ' ']",
			phrase: "site villeurbanne, communes[2]\u00a0: commune vide\u00a0; écrivez son nom, ou retirez la ligne"},
		{name: "channel missing", old: `discord: {channel: "1003", role: "2003"}`, new: `discord: {role: "2003"}`,
			phrase: "site ajaccio, discord.channel\u00a0: obligatoire\u00a0: l'identifiant du salon (forum ou texte) de ses tickets\u00a0; dans Discord, activez le mode développeur"},
		{name: "role a name", old: `discord: {channel: "1003", role: "2003"}`, new: `discord: {channel: "1003", role: "@médiateurs"}`,
			phrase: "site ajaccio, discord.role\u00a0: «\u00a0@médiateurs\u00a0» n'est pas un identifiant Discord (que des chiffres)"},
		{name: "bot of the site", old: "bot: rhone", new: "bot: isere",
			phrase: "site lyon-vaise, bot\u00a0: aucun bot n'a l'id «\u00a0isere\u00a0» sous bots\u00a0; indiquez l'un de ceux-ci\u00a0: rhone, ou retirez bot"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.file
			if data == "" {
				if !strings.Contains(base, tc.old) {
					t.Fatalf("the test file has no %q", tc.old)
				}
				data = strings.Replace(base, tc.old, tc.new, 1)
			}
			dir := t.TempDir()
			for name, content := range map[string]string{"rhone.token": "123:abc\n", "blank.token": "\n"} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, "sites.yaml")
			if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil {
				t.Fatal("Load accepted the file")
			}
			msg := err.Error()
			if want := "fichier des sites «\u00a0" + path + "\u00a0»\u00a0:\n"; !strings.HasPrefix(msg, want) {
				t.Errorf("error %q, want it to start with %q", msg, want)
			}
			if !strings.Contains(msg, tc.phrase) {
				t.Errorf("error:\n%s\nwant it to hold %q", msg, tc.phrase)
			}
			checkFrench(t, msg)
		})
	}
}

// TestOtherErrorsInFrench: the errors of a sites file that cannot be
// read, of a site named on a command line, and of single-site settings.
func TestOtherErrorsInFrench(t *testing.T) {
	n, err := Parse([]byte(readTestFile(t)), "testdata")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, errLookup := n.Lookup("vaize")
	_, _, errNoBot := n.LinkOf("villeurbanne", "")
	_, _, errBot := n.LinkOf("villeurbanne", "t.me/PimmsLyonBot")
	_, errNoHours := One(Single{Name: "PIMMS", Hours: " "})
	_, errHours := One(Single{Name: "PIMMS", Hours: "lun-ven 9h-17h", ClosedDays: []string{"Noël"}})
	_, errAbsent := Load(filepath.Join(dir, "sites.yaml"))
	_, errFolder := Load(dir)
	for _, tc := range []struct {
		name   string
		err    error
		phrase string
	}{
		{"site not in the file", errLookup, "site «\u00a0vaize\u00a0»\u00a0: absent du fichier des sites\u00a0; indiquez l'un de ceux-ci\u00a0: lyon-vaise, villeurbanne"},
		{"no bot username", errNoBot, "site villeurbanne\u00a0: il manque le nom d'utilisateur du bot auquel ses usagers écrivent\u00a0; donnez-le avec --bot"},
		{"a link as a username", errBot, "site villeurbanne, bot «\u00a0t.me/PimmsLyonBot\u00a0»\u00a0: ce n'est pas un nom de bot Telegram"},
		{"single site without hours", errNoHours, "PIMMS_HOURS\u00a0: obligatoire\u00a0: les horaires d'ouverture de la semaine, par exemple PIMMS_HOURS=lun-ven"},
		{"single site closed day", errHours, "PIMMS_HOURS / PIMMS_CLOSED_DAYS\u00a0: jour de fermeture «\u00a0Noël\u00a0» illisible"},
		{"no sites file", errAbsent, "fichier des sites «\u00a0" + filepath.Join(dir, "sites.yaml") + "\u00a0»\u00a0: ce fichier n'existe pas (vérifiez le chemin)"},
		{"a folder", errFolder, "\u00a0»\u00a0: c'est un dossier\u00a0; indiquez un fichier"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			if msg := tc.err.Error(); !strings.Contains(msg, tc.phrase) {
				t.Errorf("error %q, want it to hold %q", msg, tc.phrase)
			}
			checkFrench(t, tc.err.Error())
		})
	}
	if !errors.Is(errAbsent, os.ErrNotExist) {
		t.Errorf("%v does not wrap os.ErrNotExist", errAbsent)
	}
}
