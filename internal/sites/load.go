package sites

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"pimmsbot/internal/hours"
)

// DefaultTimezone is the network's time zone when the file names none.
const DefaultTimezone = "Europe/Paris"

// An Error is one problem in a sites file, or in single-site settings.
type Error struct {
	// Site is the site's ID, or "#N" for the Nth site when its ID is
	// missing or malformed; "" for the network's own fields.
	Site string
	// Field is the field at fault, as written in the file:
	// "discord.channel", "postcodes[2]", "bots[rhone].token_file".
	Field string
	// Err says what is wrong.
	Err error
}

func (e *Error) Error() string {
	if e.Site == "" {
		return e.Field + ": " + e.Err.Error()
	}
	return fmt.Sprintf("site %s: %s: %v", e.Site, e.Field, e.Err)
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
		return nil, fmt.Errorf("sites file: %w", err)
	}
	n, err := parse(data, filepath.Dir(path), tokens)
	if err != nil {
		return nil, fmt.Errorf("sites file %s:\n%w", path, err) // one problem a line
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
		if errors.Is(err, io.EOF) {
			err = errors.New("the file is empty")
		}
		return nil, fmt.Errorf("want YAML with timezone, default, bots and sites: %w", err)
	}
	v := &validator{dir: dir, tokens: tokens, net: &Network{CoordinatorRoleID: strings.TrimSpace(f.CoordinatorRole)}}
	v.network(&f)
	v.bots(f.Bots)
	seen := map[string]bool{}
	for i, fs := range f.Sites {
		if s, ok := v.site(i, &fs, f.ClosedDays); ok {
			if seen[s.ID] {
				v.fail(s.ID, "id", "two sites have this id: each needs its own")
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
		v.fail("", "timezone", "%q: unknown time zone (use Europe/Paris, Indian/Reunion…)", tz)
		loc = time.UTC
	}
	v.net.Location = loc
	if _, err := hours.Parse("", f.ClosedDays, loc); err != nil {
		v.fail("", "closed_days", "%v", err)
	}
	if r := v.net.CoordinatorRoleID; r != "" && !allDigits(r) {
		v.fail("", "coordinator_role", "%q: want a Discord role id (digits only)", r)
	}
	if len(f.Sites) == 0 {
		v.fail("", "sites", "the file lists no site")
	}
}

// defaultSite checks the default site: required when there are several.
func (v *validator) defaultSite(id string, nsites int) {
	id = strings.TrimSpace(id)
	switch {
	case id == "" && nsites == 1 && len(v.net.Sites) == 1:
		id = v.net.Sites[0].ID
	case id == "" && nsites > 1:
		v.fail("", "default", "required: the id of the site for residents whose postcode no site serves")
		return
	case id == "":
		return
	}
	if _, ok := v.net.Site(id); !ok {
		v.fail("", "default", "%q: no site has this id", id)
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
			v.fail("", field+".id", "%q: want 1 to 64 letters, digits, _ or -", fb.ID)
			continue
		}
		if _, dup := v.net.Bot(fb.ID); dup {
			v.fail("", field+".id", "two bots have this id")
			continue
		}
		b := Bot{ID: fb.ID, Username: strings.TrimPrefix(strings.TrimSpace(fb.Username), "@")}
		if !ValidUsername(b.Username) {
			v.fail("", field+".username", "%q: want the bot's Telegram username (5 to 32 letters, digits or _, ending in bot), for deep links and posters", fb.Username)
		}
		if !v.tokens {
			v.net.Bots = append(v.net.Bots, b)
			continue
		}
		tok, err := v.token(fb)
		if err != nil {
			v.fail("", field+".token", "%v", err)
		} else if other, dup := tokens[tok]; dup {
			v.fail("", field+".token", "same token as bot %s: each bot is polled once", other)
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
		return "", errors.New("set token or token_file, not both")
	case tok == "" && file == "":
		return "", errors.New("required: token_file (a file holding the token from @BotFather), or token")
	case file != "":
		file = os.ExpandEnv(file)
		if !filepath.IsAbs(file) {
			file = filepath.Join(v.dir, file)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("token_file: %w", err)
		}
		tok = strings.TrimSpace(string(data))
		if tok == "" {
			return "", fmt.Errorf("token_file %s is empty", file)
		}
	}
	if id, secret, ok := strings.Cut(tok, ":"); !ok || !allDigits(id) || secret == "" {
		return "", errors.New("this is not a Telegram bot token (want digits:letters, from @BotFather)")
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
			v.fail(label, "id", "required: 1 to 64 letters, digits, _ or -; it ends the site's deep link t.me/<bot>?start=<id>")
		} else {
			v.fail(label, "id", "%q: want 1 to 64 letters (no accents), digits, _ or -; it ends the site's deep link t.me/<bot>?start=<id>", s.ID)
		}
	}
	v.contact(label, &s)
	s.Hours = v.hours(label, fs, networkClosed)
	s.Postcodes = v.postcodes(label, fs.Postcodes)
	for j, c := range fs.Communes {
		if strings.TrimSpace(c) == "" {
			v.fail(label, fmt.Sprintf("communes[%d]", j+1), "empty")
			continue
		}
		s.Communes = append(s.Communes, strings.TrimSpace(c))
	}
	v.discordIDs(label, s.ChannelID, s.RoleID)
	if _, ok := v.net.Bot(s.Bot); s.Bot != "" && !ok {
		v.fail(label, "bot", "%q: no bot in bots has this id", s.Bot)
	}
	return s, idOK
}

// contact checks what residents are told of the site.
func (v *validator) contact(label string, s *Site) {
	for _, f := range []struct{ name, value, what string }{
		{"name", s.Name, "the name residents see"},
		{"address", s.Address, "the postal address residents are told"},
		{"phone", s.Phone, "the phone number residents are told"},
	} {
		if f.value == "" {
			v.fail(label, f.name, "required: %s", f.what)
		}
	}
	if s.Email != "" {
		if a, err := mail.ParseAddress(s.Email); err != nil || a.Address != s.Email {
			v.fail(label, "email", "%q: want an address like accueil@example.org", s.Email)
		}
	}
}

// hours parses a site's schedule, in its own time zone or the network's.
func (v *validator) hours(label string, fs *fileSite, networkClosed []string) *hours.Schedule {
	loc := v.net.Location
	if tz := strings.TrimSpace(fs.Timezone); tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			v.fail(label, "timezone", "%q: unknown time zone (use Europe/Paris, Indian/Reunion…)", tz)
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
		v.fail(label, "hours", "required: the weekly opening hours, e.g. \"lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00\"")
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
			v.fail(label, field, "\"20\": Corsica is two départements, write 2A or 2B")
		case !isPostcode(p) && !isDepartement(p):
			v.fail(label, field, "%q: want a postcode of 5 digits (69009) or a département (69, 2A, 974)", in[j])
		case slices.Contains(out, p):
			v.fail(label, field, "%q is listed twice", p)
		default:
			out = append(out, p)
		}
	}
	return out
}

// discordIDs checks a site's Discord channel and role ids.
func (v *validator) discordIDs(label, channel, role string) {
	for _, f := range []struct{ name, value, what string }{
		{"discord.channel", channel, "the id of the forum or text channel of its tickets"},
		{"discord.role", role, "the id of its mediators' role"},
	} {
		switch {
		case f.value == "":
			v.fail(label, f.name, "required: %s (Discord developer mode, right click, Copy ID)", f.what)
		case !allDigits(f.value):
			v.fail(label, f.name, "%q: want a Discord id (digits only)", f.value)
		}
	}
}
