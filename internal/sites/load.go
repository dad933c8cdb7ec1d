package sites

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.yaml.in/yaml/v3"

	"pimmsbot/internal/hours"
)

// DefaultTimezone is the network's time zone when the file names none.
const DefaultTimezone = "Europe/Paris"

// An Error is one problem in a sites file, or in single-site settings.
type Error struct {
	// Site is the site's ID, or "#N" for the Nth site when its ID is
	// missing or malformed; "" for the network's own fields and for
	// single-site settings.
	Site string
	// Field is the field at fault, as written in the file:
	// "discord.channel", "postcodes[2]", "bots[rhone].token_file"; or the
	// variable of single-site settings, "PIMMS_HOURS".
	Field string
	// Err says what is wrong.
	Err error
}

// Error says in French, for the site manager, the site and the field
// first: "site lyon-vaise, discord.role : obligatoire…", "site n° 2, id :
// …" for a site without a usable ID, "default : …" for the network's
// fields.
func (e *Error) Error() string {
	site := e.Site
	if n, ok := strings.CutPrefix(site, "#"); ok {
		site = "n°\u00a0" + n
	}
	if site == "" {
		return e.Field + "\u00a0: " + e.Err.Error()
	}
	return "site " + site + ", " + e.Field + "\u00a0: " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// The file's layout; see the package documentation.
type (
	fileNetwork struct {
		Timezone        string     `yaml:"timezone"`
		ClosedDays      []string   `yaml:"closed_days"`
		Default         string     `yaml:"default"`
		CoordinatorRole string     `yaml:"coordinator_role"`
		Bots            []fileBot  `yaml:"bots"`
		Sites           []fileSite `yaml:"sites"`
	}
	fileBot struct {
		ID        string `yaml:"id"`
		Username  string `yaml:"username"`
		Token     string `yaml:"token"`
		TokenFile string `yaml:"token_file"`
	}
	fileSite struct {
		ID         string   `yaml:"id"`
		Name       string   `yaml:"name"`
		Address    string   `yaml:"address"`
		Phone      string   `yaml:"phone"`
		Email      string   `yaml:"email"`
		Hours      string   `yaml:"hours"`
		ClosedDays []string `yaml:"closed_days"`
		Timezone   string   `yaml:"timezone"`
		Postcodes  []string `yaml:"postcodes"`
		Communes   []string `yaml:"communes"`
		Discord    struct {
			Channel string `yaml:"channel"`
			Role    string `yaml:"role"`
		} `yaml:"discord"`
		Bot string `yaml:"bot"`
	}
)

// Load reads and validates the sites file at path. A bot's token_file
// is read relative to the file's directory, after expanding environment
// variables ($CREDENTIALS_DIRECTORY/rhone under systemd).
func Load(path string) (*Network, error) {
	return load(path, true)
}

// LoadWithoutTokens reads and validates the sites file at path as Load
// does, but neither reads nor checks the bots' tokens: for the commands
// that need none (posters), run where the token files are not readable.
// The bots' Tokens are zero.
func LoadWithoutTokens(path string) (*Network, error) {
	return load(path, false)
}

func load(path string, tokens bool) (*Network, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fichier des sites %s\u00a0: %w", quote(path), FileError{err})
	}
	n, err := parse(data, filepath.Dir(path), tokens)
	if err != nil {
		return nil, fmt.Errorf("fichier des sites %s\u00a0:\n%w", quote(path), err) // one problem a line
	}
	return n, nil
}

// Parse reads and validates a sites file's content; dir is the
// directory relative paths are read from. The error joins one *Error per
// problem found, so that one run lists them all.
func Parse(data []byte, dir string) (*Network, error) {
	return parse(data, dir, true)
}

func parse(data []byte, dir string, tokens bool) (*Network, error) {
	var f fileNetwork
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, yamlError{err}
	}
	v := &validator{dir: dir, tokens: tokens, net: &Network{CoordinatorRoleID: strings.TrimSpace(f.CoordinatorRole)}}
	v.network(&f)
	v.bots(f.Bots)
	seen := map[string]bool{}
	for i, fs := range f.Sites {
		if s, ok := v.site(i, &fs, f.ClosedDays); ok {
			if seen[s.ID] {
				v.fail(s.ID, "id", "deux sites ont cet id\u00a0; donnez à chacun le sien")
				continue
			}
			seen[s.ID] = true
			v.net.Sites = append(v.net.Sites, s)
		}
	}
	v.defaultSite(f.Default, len(f.Sites))
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return v.net, nil
}

// A validator builds a Network and collects its errors.
type validator struct {
	dir    string
	tokens bool // read and check the bots' tokens
	net    *Network
	errs   []error
}

func (v *validator) fail(site, field, format string, args ...any) {
	v.errs = append(v.errs, &Error{Site: site, Field: field, Err: fmt.Errorf(format, args...)})
}

// network checks the network's own fields.
func (v *validator) network(f *fileNetwork) {
	tz := strings.TrimSpace(f.Timezone)
	if tz == "" {
		tz = DefaultTimezone
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		v.fail("", "timezone", "%s", zoneProblem(tz))
		loc = time.UTC
	}
	v.net.Location = loc
	if _, err := hours.Parse("", f.ClosedDays, loc); err != nil {
		v.fail("", "closed_days", "%v", err)
	}
	if r := v.net.CoordinatorRoleID; r != "" && !allDigits(r) {
		v.fail("", "coordinator_role", "%s n'est pas un identifiant de rôle Discord (que des chiffres)\u00a0; %s", quote(r), copyID)
	}
	if len(f.Sites) == 0 {
		v.fail("", "sites", "aucun site n'est décrit\u00a0; ajoutez-en au moins un, avec id, name, address, phone, hours et discord (voir docs/deploy.md)")
	}
}

// defaultSite checks the default site: required when there are several.
func (v *validator) defaultSite(id string, nsites int) {
	id = strings.TrimSpace(id)
	switch {
	case id == "" && nsites == 1 && len(v.net.Sites) == 1:
		id = v.net.Sites[0].ID
	case id == "" && nsites > 1:
		v.fail("", "default", "obligatoire avec plusieurs sites\u00a0: indiquez l'id du site des usagers dont aucun site ne dessert le code postal, par exemple %s", quote(v.firstID()))
		return
	case id == "":
		return
	}
	if _, ok := v.net.Site(id); !ok {
		v.fail("", "default", "aucun site n'a l'id %s\u00a0; indiquez l'un de ceux-ci\u00a0: %s", quote(id), v.siteIDs())
		return
	}
	v.net.DefaultID = id
}

// bots checks the bots and reads their tokens.
func (v *validator) bots(fbots []fileBot) {
	tokens := map[string]string{}
	for i, fb := range fbots {
		field := fmt.Sprintf("bots[%s]", fb.ID)
		if !ValidID(fb.ID) {
			field = fmt.Sprintf("bots[%d]", i)
			v.fail("", field+".id", "%s ne convient pas\u00a0; écrivez de 1 à 64 lettres sans accents, chiffres, _ ou -, par exemple isere", quote(fb.ID))
			continue
		}
		if _, dup := v.net.Bot(fb.ID); dup {
			v.fail("", field+".id", "deux bots ont cet id\u00a0; donnez à chacun le sien")
			continue
		}
		b := Bot{ID: fb.ID, Username: strings.TrimPrefix(strings.TrimSpace(fb.Username), "@")}
		if !ValidUsername(b.Username) {
			v.fail("", field+".username", "%s n'est pas un nom de bot Telegram\u00a0; %s, pour les liens et les affiches", quote(fb.Username), usernameHelp)
		}
		if !v.tokens {
			v.net.Bots = append(v.net.Bots, b)
			continue
		}
		tok, err := v.token(fb)
		if err != nil {
			v.fail("", field+".token", "%v", err)
		} else if other, dup := tokens[tok]; dup {
			v.fail("", field+".token", "même jeton que le bot %s\u00a0; chaque bot a le sien (créez-en un autre avec @BotFather)", quote(other))
		} else {
			tokens[tok] = fb.ID
		}
		b.Token = NewToken(tok)
		v.net.Bots = append(v.net.Bots, b)
	}
}

// token returns a bot's token, from the file or from its token_file. An
// error never shows the token.
func (v *validator) token(fb fileBot) (string, error) {
	tok, file := strings.TrimSpace(fb.Token), strings.TrimSpace(fb.TokenFile)
	switch {
	case tok != "" && file != "":
		return "", errors.New("token et token_file sont tous deux renseignés\u00a0; gardez-en un seul, de préférence token_file")
	case tok == "" && file == "":
		return "", errors.New("obligatoire\u00a0: indiquez token_file (le chemin d'un fichier qui contient le jeton donné par @BotFather), ou token")
	case file != "":
		file = os.ExpandEnv(file)
		if !filepath.IsAbs(file) {
			file = filepath.Join(v.dir, file)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("token_file %s\u00a0: %w", quote(file), FileError{err})
		}
		tok = strings.TrimSpace(string(data))
		if tok == "" {
			return "", fmt.Errorf("token_file %s\u00a0: ce fichier est vide\u00a0; mettez-y le jeton donné par @BotFather", quote(file))
		}
	}
	if id, secret, ok := strings.Cut(tok, ":"); !ok || !allDigits(id) || secret == "" {
		return "", errors.New("ce n'est pas un jeton de bot Telegram\u00a0; copiez celui que donne @BotFather, de la forme 123456789:ABC…")
	}
	return tok, nil
}

// site checks one site and returns it when its ID is usable.
func (v *validator) site(i int, fs *fileSite, networkClosed []string) (Site, bool) {
	s := Site{
		ID: strings.TrimSpace(fs.ID), Name: strings.TrimSpace(fs.Name), Address: strings.TrimSpace(fs.Address),
		Phone: strings.TrimSpace(fs.Phone), Email: strings.TrimSpace(fs.Email), Bot: strings.TrimSpace(fs.Bot),
		ChannelID: strings.TrimSpace(fs.Discord.Channel), RoleID: strings.TrimSpace(fs.Discord.Role),
	}
	label, idOK := s.ID, ValidID(s.ID)
	if !idOK {
		label = "#" + strconv.Itoa(i+1)
		if s.ID == "" {
			v.fail(label, "id", "obligatoire\u00a0; %s", idHelp)
		} else {
			v.fail(label, "id", "%s ne convient pas\u00a0; %s", quote(s.ID), idHelp)
		}
	}
	v.contact(label, &s)
	s.Hours = v.hours(label, fs, networkClosed)
	s.Postcodes = v.postcodes(label, fs.Postcodes)
	for j, c := range fs.Communes {
		if strings.TrimSpace(c) == "" {
			v.fail(label, fmt.Sprintf("communes[%d]", j+1), "commune vide\u00a0; écrivez son nom, ou retirez la ligne")
			continue
		}
		s.Communes = append(s.Communes, strings.TrimSpace(c))
	}
	v.discordIDs(label, s.ChannelID, s.RoleID)
	if _, ok := v.net.Bot(s.Bot); s.Bot != "" && !ok {
		v.fail(label, "bot", "aucun bot n'a l'id %s sous bots\u00a0; indiquez l'un de ceux-ci\u00a0: %s, ou retirez bot pour le bot du réseau", quote(s.Bot), v.botIDs())
	}
	return s, idOK
}

// contact checks what residents are told of the site.
func (v *validator) contact(label string, s *Site) {
	for _, f := range []struct{ name, value, what string }{
		{"name", s.Name, "le nom que voient les usagers, par exemple «\u00a0PIMMS Médiation Lyon Vaise\u00a0»"},
		{"address", s.Address, "l'adresse postale donnée aux usagers, par exemple «\u00a01 rue de l'Exemple, 69009 Lyon\u00a0»"},
		{"phone", s.Phone, "le numéro de téléphone donné aux usagers, par exemple «\u00a004 00 00 00 00\u00a0»"},
	} {
		if f.value == "" {
			v.fail(label, f.name, "obligatoire\u00a0: %s", f.what)
		}
	}
	if s.Email != "" {
		if a, err := mail.ParseAddress(s.Email); err != nil || a.Address != s.Email {
			v.fail(label, "email", "%s n'est pas une adresse e-mail\u00a0; écrivez-la seule, par exemple accueil@example.org", quote(s.Email))
		}
	}
}

// hours parses a site's schedule, in its own time zone or the network's.
func (v *validator) hours(label string, fs *fileSite, networkClosed []string) *hours.Schedule {
	loc := v.net.Location
	if tz := strings.TrimSpace(fs.Timezone); tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			v.fail(label, "timezone", "%s", zoneProblem(tz))
		} else {
			loc = l
		}
	}
	week, err := hours.Parse(fs.Hours, nil, loc)
	switch {
	case err != nil:
		v.fail(label, "hours", "%v", err)
		return nil
	case isEmpty(week):
		v.fail(label, "hours", "obligatoire\u00a0: les horaires d'ouverture de la semaine, par exemple «\u00a0lun-ven 09:00-12:30,13:30-17:00\u00a0»")
		return nil
	}
	if _, err := hours.Parse("", fs.ClosedDays, loc); err != nil {
		v.fail(label, "closed_days", "%v", err)
		return nil
	}
	s, err := hours.Parse(fs.Hours, append(append([]string(nil), networkClosed...), fs.ClosedDays...), loc)
	if err != nil { // the network's closed days, already reported
		return nil
	}
	return s
}

func isEmpty(s *hours.Schedule) bool {
	for _, d := range s.Week {
		if len(d) > 0 {
			return false
		}
	}
	return true
}

// postcodes checks and normalizes the postcodes and départements served.
func (v *validator) postcodes(label string, in []string) []string {
	var out []string
	for j, p := range in {
		field := fmt.Sprintf("postcodes[%d]", j+1)
		p = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(p), " ", ""))
		switch {
		case p == "20":
			v.fail(label, field, "«\u00a020\u00a0»\u00a0: la Corse a deux départements, écrivez 2A ou 2B")
		case !isPostcode(p) && !isDepartement(p):
			v.fail(label, field, "%s n'est ni un code postal de 5 chiffres (69009) ni un département (69, 2A, 974)", quote(in[j]))
		case slices.Contains(out, p):
			v.fail(label, field, "%s figure deux fois\u00a0; retirez l'une des deux lignes", quote(p))
		default:
			out = append(out, p)
		}
	}
	return out
}

// discordIDs checks a site's Discord channel and role ids.
func (v *validator) discordIDs(label, channel, role string) {
	for _, f := range []struct{ name, value, what string }{
		{"discord.channel", channel, "l'identifiant du salon (forum ou texte) de ses tickets"},
		{"discord.role", role, "l'identifiant du rôle de ses médiateurs"},
	} {
		switch {
		case f.value == "":
			v.fail(label, f.name, "obligatoire\u00a0: %s\u00a0; %s", f.what, copyID)
		case !allDigits(f.value):
			v.fail(label, f.name, "%s n'est pas un identifiant Discord (que des chiffres)\u00a0; %s", quote(f.value), copyID)
		}
	}
}

// The help the errors repeat.
const (
	idHelp       = "écrivez de 1 à 64 lettres sans accents, chiffres, _ ou -, par exemple lyon-vaise (l'id finit le lien du site, t.me/<bot>?start=<id>)"
	usernameHelp = "écrivez son nom d'utilisateur seul, de 5 à 32 lettres, chiffres ou _, finissant par bot, par exemple PimmsLyonBot"
	copyID       = "dans Discord, activez le mode développeur, puis clic droit, «\u00a0Copier l'identifiant\u00a0»"
)

// quote quotes a value the French way, « value », for the errors.
func quote(v string) string {
	return "«\u00a0" + v + "\u00a0»"
}

// zoneProblem says that tz is no time zone, and what to write.
func zoneProblem(tz string) string {
	return "fuseau horaire " + quote(tz) + " inconnu\u00a0; écrivez par exemple Europe/Paris, Indian/Reunion ou America/Cayenne"
}

// firstID returns the ID of the first valid site, for an example.
func (v *validator) firstID() string {
	if len(v.net.Sites) > 0 {
		return v.net.Sites[0].ID
	}
	return "lyon-vaise"
}

// siteIDs lists the valid sites' IDs, for an error.
func (v *validator) siteIDs() string {
	ids := make([]string, len(v.net.Sites))
	for i, s := range v.net.Sites {
		ids[i] = s.ID
	}
	return strings.Join(ids, ", ")
}

// botIDs lists the valid bots' IDs, for an error.
func (v *validator) botIDs() string {
	ids := make([]string, len(v.net.Bots))
	for i, b := range v.net.Bots {
		ids[i] = b.ID
	}
	if len(ids) == 0 {
		return "(aucun)"
	}
	return strings.Join(ids, ", ")
}

// A FileError says in French why a file could not be read, for the site
// manager (the sites file, a bot's token_file, or any file the
// configuration names); Unwrap gives the system's error.
type FileError struct{ Err error }

func (e FileError) Error() string {
	switch {
	case errors.Is(e.Err, fs.ErrNotExist):
		return "ce fichier n'existe pas (vérifiez le chemin)"
	case errors.Is(e.Err, fs.ErrPermission):
		return "pimmsbot n'a pas le droit de lire ce fichier (vérifiez ses droits et son propriétaire)"
	case errors.Is(e.Err, syscall.EISDIR):
		return "c'est un dossier\u00a0; indiquez un fichier"
	}
	return "lecture impossible (" + e.Err.Error() + ")"
}

func (e FileError) Unwrap() error { return e.Err }

// yamlError says in French why the sites file does not read as YAML of
// its layout: an empty file, a misspelt field (the decoder knows the
// fields), a value of the wrong kind, or YAML syntax, said with its line
// and what to check (the decoder's English stays behind Unwrap).
type yamlError struct{ err error }

var (
	yamlLine    = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	yamlField   = regexp.MustCompile(`^field (\S+) not found in type`)
	yamlCantUse = regexp.MustCompile(`^cannot unmarshal \S+(?: ` + "`" + `(.*)` + "`" + `)? into`)
)

func (e yamlError) Error() string {
	const layout = "le fichier des sites décrit timezone, default, bots et sites (voir docs/deploy.md)"
	if errors.Is(e.err, io.EOF) {
		return "le fichier des sites est vide\u00a0; " + layout
	}
	var lines []string
	var te *yaml.TypeError
	if errors.As(e.err, &te) {
		lines = te.Errors
	} else {
		lines = []string{e.err.Error()}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		m := yamlLine.FindStringSubmatch(l)
		if m == nil {
			out[i] = "YAML illisible\u00a0; vérifiez que le fichier est enregistré en UTF-8\u00a0; " + layout
			continue
		}
		at, what := "ligne "+m[1]+"\u00a0: ", m[2]
		if f := yamlField.FindStringSubmatch(what); f != nil {
			out[i] = at + "champ " + quote(f[1]) + " inconnu\u00a0; vérifiez son orthographe (" + layout + ")"
		} else if f := yamlCantUse.FindStringSubmatch(what); f != nil {
			value := "la valeur"
			if f[1] != "" {
				value += " " + quote(f[1])
			}
			out[i] = at + value + " n'a pas la forme attendue (une liste entre [ ], un texte…)\u00a0; comparez avec l'exemple de docs/deploy.md"
		} else if strings.Contains(what, "cannot start any token") {
			out[i] = at + "une valeur commence par un caractère que YAML refuse (une tabulation, @, `…)\u00a0; " +
				"décalez avec des espaces, ou mettez le texte entre guillemets"
		} else {
			// yaml.v3 gives the line where the block of the mistake starts.
			out[i] = "vers la " + at + "YAML illisible\u00a0; vérifiez l'indentation (des espaces, pas de tabulations), " +
				"les deux-points et les guillemets"
		}
	}
	return strings.Join(out, "\n")
}

func (e yamlError) Unwrap() error { return e.err }
