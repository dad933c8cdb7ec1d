// Package config reads pimmsbot's settings: from the environment, from an
// optional file of NAME=value lines, and from NAME_FILE files for secrets.
// Every mistake is reported at once, each naming the variable to fix. No
// resident's message passes here; the settings say where messages go (the
// bot tokens, the Discord channel) and what residents are told of the site.
package config

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// Config is pimmsbot's configuration. It is read from the environment and
// from an optional file given with --config (KEY=VALUE lines); a variable
// set in the environment wins over the file, and the flags --db and --faq
// win over both. Validate reports every mistake at once, each naming the
// variable to fix.
type Config struct {
	// File is the --config file, "" when none.
	File string

	DB     string // bbolt file
	FAQDir string // "" for the embedded FAQ
	// SitesFile (PIMMS_SITES_FILE) is the YAML file of the network's
	// sites; "" for a network of one site described by the PIMMS_SITE_*
	// variables, PIMMS_HOURS, DISCORD_CHANNEL_ID and
	// DISCORD_MEDIATOR_ROLE_ID, which a sites file replaces.
	SitesFile string

	SiteName, SiteAddress, SitePhone, SiteEmail string
	Hours                                       string // weekly schedule, see package hours
	ClosedDays                                  []string
	Timezone                                    string
	RetentionDays                               int
	// RemindAfter is how long a ticket waits unclaimed before the
	// mediators are reminded.
	RemindAfter time.Duration
	// WaitNotice is how long a ticket waits unclaimed, in opening hours,
	// before the resident is told what else they can do.
	WaitNotice time.Duration
	// MediatorNames says what residents are told of who answers them:
	// "display" (each mediator's display name on the desk: ask them to set
	// their first name as server nickname) or "generic" (MediatorName for
	// everyone).
	MediatorNames string
	// MediatorName is the name shown with MediatorNames "generic".
	MediatorName string

	// HTTPAddr is where /metrics and /healthz are served; "off" for none.
	HTTPAddr string
	// AdminSocket is the Unix socket through which "pimmsbot backup" asks
	// the running service for a copy; "off" for none.
	AdminSocket string
	// LogFormat is "text" or "json"; LogLevel "debug", "info", "warn" or
	// "error".
	LogFormat, LogLevel string
	// ShutdownTimeout bounds the wait for work in flight at shutdown.
	ShutdownTimeout time.Duration

	// Partners is the YAML of the partners the monthly report counts
	// (PIMMS_PARTNERS, usually given as a file with PIMMS_PARTNERS_FILE).
	Partners string

	Telegram TelegramConfig
	Discord  DiscordConfig

	// vars records every variable read, in order, for Dump and to find
	// misspelt variables in the file.
	vars []setting

	// network is the network read by Network, once: the sites file and
	// the bots' token files are read a single time per process.
	networkMu sync.Mutex
	network   *sites.Network
}

// A setting is one variable as read.
type setting struct {
	Name, Value string
	// From is "env", "file", "flag" or "" when unset.
	From string
}

// Defaults of the configuration, documented in docs/deploy.md.
const (
	DefaultDB              = "./data/pimmsbot.db"
	defaultSiteName        = "PIMMS Médiation"
	defaultHours           = "lun-ven 09:00-12:30,13:30-17:00"
	defaultTZ              = "Europe/Paris"
	defaultRetentionDays   = 180
	defaultRemindAfter     = 15 * time.Minute
	defaultWaitNotice      = 2 * time.Hour
	defaultMediatorNames   = "display"
	defaultMediatorName    = "Un médiateur du PIMMS"
	defaultHTTPAddr        = "127.0.0.1:9321"
	defaultLogFormat       = "text"
	defaultLogLevel        = "info"
	defaultShutdownTimeout = 15 * time.Second
	// The admin socket defaults to this name beside the database.
	SocketName = "pimmsbot.sock"
)

// lookup returns a variable's value: from the environment, else from the
// file. NAME_FILE (in either) names a file holding the value, for secrets
// kept out of the environment. It records what it read.
type lookup struct {
	getenv func(string) string
	file   map[string]fileValue
	vars   *[]setting
	errs   []error
}

type fileValue struct {
	value string
	line  int
	used  bool
}

func (l *lookup) get(name string) string {
	v, from := l.raw(name)
	if v == "" {
		if path, pfrom := l.raw(name + "_FILE"); path != "" {
			data, err := os.ReadFile(path)
			if err != nil {
				l.errs = append(l.errs, fmt.Errorf("%s_FILE\u00a0: %s\u00a0: %w", name, quote(path), sites.FileError{Err: err}))
			}
			v, from = strings.TrimSpace(string(data)), pfrom+" ("+name+"_FILE)"
		}
	}
	*l.vars = append(*l.vars, setting{Name: name, Value: v, From: from})
	return v
}

func (l *lookup) raw(name string) (string, string) {
	fv, inFile := l.file[name]
	if inFile {
		fv.used = true // known, even when the environment wins
		l.file[name] = fv
	}
	if v := l.getenv(name); v != "" {
		return v, "env"
	}
	if inFile {
		return fv.value, "file"
	}
	return "", ""
}

// readConfigFile reads KEY=VALUE lines: blank lines and lines starting
// with # are skipped, "export " before a key is allowed, and a value may be
// quoted with " or '. It is the format of systemd's EnvironmentFile and of
// docker's --env-file.
func readConfigFile(path string) (map[string]fileValue, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--config %s\u00a0: %w", quote(path), sites.FileError{Err: err})
	}
	defer f.Close()
	return parseConfigFile(f, path)
}

func parseConfigFile(r io.Reader, path string) (map[string]fileValue, error) {
	vals := map[string]fileValue{}
	var errs []error
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		key, val, ok := strings.Cut(line, "=")
		key = strings.TrimSpace(key)
		if !ok || key == "" || strings.ContainsAny(key, " \t\"'") {
			errs = append(errs, fmt.Errorf("%s, ligne %d\u00a0: écrivez un réglage par ligne, sous la forme NOM=valeur", path, n))
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') && val[len(val)-1] == val[0] {
			val = val[1 : len(val)-1]
		}
		if prev, dup := vals[key]; dup {
			errs = append(errs, fmt.Errorf("%s, ligne %d\u00a0: %s est déjà réglé ligne %d\u00a0; gardez une seule de ces lignes", path, n, key, prev.line))
			continue
		}
		vals[key] = fileValue{value: val, line: n}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s\u00a0: lecture interrompue\u00a0: %w", path, err))
	}
	return vals, errors.Join(errs...)
}

// Read reads the configuration from the environment and from the
// file at path when path is not "". It returns the configuration even with
// errors, so that flags can still be applied.
func Read(getenv func(string) string, path string) (*Config, error) {
	var errs []error
	var file map[string]fileValue
	if path != "" {
		var err error
		if file, err = readConfigFile(path); err != nil {
			errs = append(errs, err)
		}
	}
	c := &Config{File: path}
	l := &lookup{getenv: getenv, file: file, vars: &c.vars}
	c.read(l)
	if err := c.Telegram.fromEnv(l.get); err != nil {
		errs = append(errs, err)
	}
	if err := c.Discord.fromEnv(l.get); err != nil {
		errs = append(errs, err)
	}
	c.Discord.perSite = c.SitesFile != ""
	errs = append(errs, l.errs...)
	var unknown []string
	for name, fv := range file {
		if !fv.used {
			unknown = append(unknown, fmt.Sprintf("%s, ligne %d\u00a0: variable %s inconnue de pimmsbot (faute de frappe\u00a0? voyez la liste dans docs/deploy.md)", path, fv.line, name))
		}
	}
	slices.Sort(unknown)
	for _, u := range unknown {
		errs = append(errs, errors.New(u))
	}
	return c, errors.Join(errs...)
}

// read reads pimmsbot's own variables; the adapters read theirs.
func (c *Config) read(l *lookup) {
	c.DB = or(l.get("PIMMS_DB"), DefaultDB)
	c.FAQDir = l.get("PIMMS_FAQ_DIR")
	c.SitesFile = l.get("PIMMS_SITES_FILE")
	c.SiteName = or(l.get("PIMMS_SITE_NAME"), defaultSiteName)
	c.SiteAddress = l.get("PIMMS_SITE_ADDRESS")
	c.SitePhone = l.get("PIMMS_SITE_PHONE")
	c.SiteEmail = l.get("PIMMS_SITE_EMAIL")
	c.Hours = or(l.get("PIMMS_HOURS"), defaultHours)
	if v := l.get("PIMMS_CLOSED_DAYS"); v != "" {
		for _, d := range strings.Split(v, ",") {
			if d = strings.TrimSpace(d); d != "" {
				c.ClosedDays = append(c.ClosedDays, d)
			}
		}
	}
	c.Timezone = or(l.get("PIMMS_TIMEZONE"), defaultTZ)
	c.RetentionDays = defaultRetentionDays
	if v := l.get("PIMMS_RETENTION_DAYS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			l.errs = append(l.errs, fmt.Errorf("PIMMS_RETENTION_DAYS\u00a0: %s n'est pas un nombre de jours\u00a0; écrivez un nombre, par exemple PIMMS_RETENTION_DAYS=180", quote(v)))
			n = defaultRetentionDays // reported once, not again by Validate
		}
		c.RetentionDays = n
	}
	c.RemindAfter = l.duration("PIMMS_REMIND_AFTER", defaultRemindAfter)
	c.WaitNotice = l.duration("PIMMS_WAIT_NOTICE", defaultWaitNotice)
	c.MediatorNames = or(l.get("PIMMS_MEDIATOR_NAMES"), defaultMediatorNames)
	c.MediatorName = or(l.get("PIMMS_MEDIATOR_NAME"), defaultMediatorName)
	c.HTTPAddr = or(l.get("PIMMS_HTTP_ADDR"), defaultHTTPAddr)
	c.AdminSocket = l.get("PIMMS_ADMIN_SOCKET")
	c.LogFormat = strings.ToLower(or(l.get("PIMMS_LOG_FORMAT"), defaultLogFormat))
	c.LogLevel = strings.ToLower(or(l.get("PIMMS_LOG_LEVEL"), defaultLogLevel))
	c.ShutdownTimeout = l.duration("PIMMS_SHUTDOWN_TIMEOUT", defaultShutdownTimeout)
	c.Partners = l.get("PIMMS_PARTNERS")
}

func (l *lookup) duration(name string, def time.Duration) time.Duration {
	v := l.get(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		l.errs = append(l.errs, fmt.Errorf("%s\u00a0: %s n'est pas une durée\u00a0; écrivez le nombre suivi de son unité, s, m ou h, par exemple %s=%s (ou 1h30m)", name, quote(v), name, shortDuration(def)))
		return def
	}
	return d
}

// shortDuration writes d as a site manager would, without the zero
// units time.Duration.String adds: 15m, 2h, 15s, 1h30m.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// quote quotes a value the French way, « value », for the messages.
func quote(v string) string {
	return "«\u00a0" + v + "\u00a0»"
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// SocketPath returns the admin socket's path, "" when it is off.
func (c *Config) SocketPath() string {
	switch c.AdminSocket {
	case "off":
		return ""
	case "":
		return filepath.Join(filepath.Dir(c.DB), SocketName)
	}
	return c.AdminSocket
}

// Validate checks the configuration and returns every problem found, each
// naming the variable and what to do.
func (c *Config) Validate() error {
	var errs []error
	if c.DB == "" {
		errs = append(errs, errors.New("PIMMS_DB\u00a0: obligatoire (le fichier de la base de données, par exemple PIMMS_DB="+DefaultDB+")"))
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_TIMEZONE\u00a0: fuseau horaire %s inconnu\u00a0; écrivez par exemple Europe/Paris, ou Indian/Reunion à La Réunion", quote(c.Timezone)))
		loc = time.UTC
	}
	if _, err := hours.Parse(c.Hours, c.ClosedDays, loc); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_HOURS / PIMMS_CLOSED_DAYS\u00a0: horaires illisibles (%w)\u00a0; écrivez par exemple PIMMS_HOURS=%s et PIMMS_CLOSED_DAYS=2026-12-25,2027-01-01", err, defaultHours))
	}
	if c.RetentionDays < 1 {
		errs = append(errs, fmt.Errorf("PIMMS_RETENTION_DAYS\u00a0: %s, c'est trop peu\u00a0; gardez les conversations au moins 1 jour, par exemple PIMMS_RETENTION_DAYS=180", quote(strconv.Itoa(c.RetentionDays))))
	}
	if c.WaitNotice <= 0 {
		errs = append(errs, fmt.Errorf("PIMMS_WAIT_NOTICE\u00a0: %s ne convient pas\u00a0; indiquez une durée plus grande que zéro, par exemple PIMMS_WAIT_NOTICE=2h", quote(shortDuration(c.WaitNotice))))
	}
	if c.RemindAfter < 0 {
		errs = append(errs, fmt.Errorf("PIMMS_REMIND_AFTER\u00a0: %s est une durée négative\u00a0; indiquez par exemple PIMMS_REMIND_AFTER=15m, ou 0 pour ne jamais relancer les médiateurs", quote(shortDuration(c.RemindAfter))))
	}
	switch c.MediatorNames {
	case "display":
	case "generic":
		if strings.TrimSpace(c.MediatorName) == "" {
			errs = append(errs, errors.New("PIMMS_MEDIATOR_NAME\u00a0: obligatoire avec PIMMS_MEDIATOR_NAMES=generic (le nom que voient les usagers, par exemple PIMMS_MEDIATOR_NAME="+defaultMediatorName+")"))
		}
	default:
		errs = append(errs, fmt.Errorf("PIMMS_MEDIATOR_NAMES\u00a0: %s n'est pas prévu\u00a0; écrivez display (le nom de chaque médiateur sur Discord) ou generic (PIMMS_MEDIATOR_NAME pour tous)", quote(c.MediatorNames)))
	}
	if c.HTTPAddr != "off" {
		if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("PIMMS_HTTP_ADDR\u00a0: %s n'est pas une adresse\u00a0; écrivez hôte:port, par exemple PIMMS_HTTP_ADDR=127.0.0.1:9321 ou PIMMS_HTTP_ADDR=:9321, ou off pour ne rien servir", quote(c.HTTPAddr)))
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			errs = append(errs, fmt.Errorf("PIMMS_HTTP_ADDR\u00a0: %s ne convient pas\u00a0; le port, après les deux-points, est un nombre de 0 à 65535, par exemple PIMMS_HTTP_ADDR=127.0.0.1:9321", quote(c.HTTPAddr)))
		}
	}
	if p := c.SocketPath(); len(p) > 100 {
		errs = append(errs, fmt.Errorf("PIMMS_ADMIN_SOCKET\u00a0: %s est trop long pour un socket Unix (100 octets au plus)\u00a0; indiquez un chemin plus court, ou off", quote(p)))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("PIMMS_LOG_FORMAT\u00a0: %s n'est pas prévu\u00a0; écrivez text ou json", quote(c.LogFormat)))
	}
	if _, err := logs.ParseLevel(c.LogLevel); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_LOG_LEVEL\u00a0: %s n'est pas prévu\u00a0; écrivez debug, info, warn ou error", quote(c.LogLevel)))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, fmt.Errorf("PIMMS_SHUTDOWN_TIMEOUT\u00a0: %s ne convient pas\u00a0; indiquez une durée plus grande que zéro, par exemple PIMMS_SHUTDOWN_TIMEOUT=15s", quote(shortDuration(c.ShutdownTimeout))))
	}
	errs = append(errs, c.replacedBySitesFile(singleSiteVars)...)
	return errors.Join(errs...)
}

// singleSiteVars are the settings of a network of one site that a sites
// file replaces; DiscordConfig.Validate checks its own.
var singleSiteVars = []string{
	"PIMMS_SITE_NAME", "PIMMS_SITE_ADDRESS", "PIMMS_SITE_PHONE", "PIMMS_SITE_EMAIL", "PIMMS_HOURS", "PIMMS_CLOSED_DAYS",
}

// replacedBySitesFile refuses the variables among names that are set
// while PIMMS_SITES_FILE is: the sites file gives each site its own, and a
// value silently ignored would mislead whoever set it.
func (c *Config) replacedBySitesFile(names []string) []error {
	if c.SitesFile == "" {
		return nil
	}
	var errs []error
	for _, s := range c.vars {
		if s.From != "" && slices.Contains(names, s.Name) {
			errs = append(errs, fmt.Errorf("%s\u00a0: inutile avec PIMMS_SITES_FILE, où chaque site a le sien\u00a0; retirez cette variable", s.Name))
		}
	}
	return errs
}

// Network returns the sites served: those of PIMMS_SITES_FILE, read and
// validated (the error names the site and the field of each problem, one
// a line, and the bots' token files are read), or without it the network
// of one site that the single-site settings describe. The file is read
// once; later calls return the same network.
func (c *Config) Network() (*sites.Network, error) {
	c.networkMu.Lock()
	defer c.networkMu.Unlock()
	if c.network != nil {
		return c.network, nil
	}
	net, err := c.readNetwork()
	if err == nil {
		c.network = net
	}
	return net, err
}

func (c *Config) readNetwork() (*sites.Network, error) {
	if c.SitesFile != "" {
		return sites.Load(c.SitesFile)
	}
	return sites.One(sites.Single{
		Name: c.SiteName, Address: c.SiteAddress, Phone: c.SitePhone, Email: c.SiteEmail,
		Hours: c.Hours, ClosedDays: c.ClosedDays, Location: c.Location(),
		ChannelID: c.Discord.ChannelID, RoleID: c.Discord.MediatorRoleID,
	})
}

// ShownName returns what a resident is told of the mediator whose
// display name on the desk is display, as PIMMS_MEDIATOR_NAMES says.
func (c *Config) ShownName(display string) string {
	if c.MediatorNames == "generic" || strings.TrimSpace(display) == "" {
		return c.MediatorName
	}
	return display
}

// Warnings lists what is valid but leaves residents without something they
// need, such as a phone number to call.
func (c *Config) Warnings() []string {
	var out []string
	if c.SitesFile != "" {
		return nil // the sites file requires each site's phone and address
	}
	if c.SitePhone == "" {
		out = append(out, "PIMMS_SITE_PHONE\u00a0: non renseigné, les usagers n'auront aucun numéro à appeler")
	}
	if c.SiteAddress == "" {
		out = append(out, "PIMMS_SITE_ADDRESS\u00a0: non renseigné, les usagers ne sauront pas où se trouve le site")
	}
	if c.SiteEmail == "" {
		out = append(out, "PIMMS_SITE_EMAIL\u00a0: non renseigné, les réponses n'indiqueront pas d'adresse e-mail")
	}
	return out
}

// Site returns what residents are told about the site.
func (c *Config) Site() (conversation.Site, error) {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return conversation.Site{}, err
	}
	h, err := hours.Parse(c.Hours, c.ClosedDays, loc)
	if err != nil {
		return conversation.Site{}, err
	}
	return conversation.Site{
		Name: c.SiteName, Address: c.SiteAddress, Phone: c.SitePhone, Email: c.SiteEmail,
		Hours: h, RetentionDays: c.RetentionDays,
	}, nil
}

// Location returns the site's time zone, UTC if it is invalid (Validate
// reports that).
func (c *Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// secretName reports whether a variable holds a secret by its name.
func secretName(name string) bool {
	for _, s := range []string{"TOKEN", "SECRET", "PASSWORD", "KEY"} {
		if strings.Contains(name, s) && !strings.HasSuffix(name, "_FILE") {
			return true
		}
	}
	return false
}

// Secrets returns the values of the secret variables read, for the log
// handler to mask wherever they appear.
func (c *Config) Secrets() []string {
	var out []string
	for _, s := range c.vars {
		if secretName(s.Name) && s.Value != "" {
			out = append(out, s.Value)
		}
	}
	return out
}

// Dump writes every variable read, one NAME=value per line, with where it
// came from; the value of a secret (a name with TOKEN, SECRET, PASSWORD or
// KEY) is masked. Unset variables show their default.
func (c *Config) Dump(w io.Writer) {
	if c.File != "" {
		fmt.Fprintf(w, "# fichier de configuration\u00a0: %s (l'environnement l'emporte sur lui)\n", c.File)
	}
	effective := map[string]string{
		"PIMMS_DB": c.DB, "PIMMS_FAQ_DIR": or(c.FAQDir, "(FAQ intégrée)"),
		"PIMMS_SITES_FILE": or(c.SitesFile, "(aucun\u00a0: un seul site, réglé par PIMMS_SITE_*)"),
		"PIMMS_SITE_NAME":  c.SiteName, "PIMMS_SITE_ADDRESS": c.SiteAddress, "PIMMS_SITE_PHONE": c.SitePhone,
		"PIMMS_HOURS": c.Hours, "PIMMS_TIMEZONE": c.Timezone,
		"PIMMS_RETENTION_DAYS": strconv.Itoa(c.RetentionDays), "PIMMS_REMIND_AFTER": c.RemindAfter.String(),
		"PIMMS_WAIT_NOTICE":    c.WaitNotice.String(),
		"PIMMS_MEDIATOR_NAMES": c.MediatorNames, "PIMMS_MEDIATOR_NAME": c.MediatorName,
		"PIMMS_HTTP_ADDR": c.HTTPAddr, "PIMMS_ADMIN_SOCKET": or(c.SocketPath(), "off"),
		"PIMMS_LOG_FORMAT": c.LogFormat, "PIMMS_LOG_LEVEL": c.LogLevel,
		"PIMMS_SHUTDOWN_TIMEOUT": c.ShutdownTimeout.String(),
		"PIMMS_PARTNERS":         partnersSummary(c.Partners),
	}
	for _, s := range c.vars {
		v, from := s.Value, s.From
		if e, ok := effective[s.Name]; ok {
			v = e
		}
		switch {
		case secretName(s.Name) && s.Value != "":
			v = fmt.Sprintf("<masqué, %d caractères>", len(s.Value))
		case secretName(s.Name):
			v = ""
		}
		fmt.Fprintf(w, "%s=%s\t# %s\n", s.Name, v, origin(from))
	}
}

// SetFlag records that a flag overrode a variable.
func (c *Config) SetFlag(name, value string) {
	for i := range c.vars {
		if c.vars[i].Name == name {
			c.vars[i].Value, c.vars[i].From = value, "flag"
		}
	}
}

// partnersSummary stands for the partners' YAML in Dump: one line.
func partnersSummary(yaml string) string {
	if strings.TrimSpace(yaml) == "" {
		return ""
	}
	if n := strings.Count(strings.TrimSpace(yaml), "\n") + 1; n > 1 {
		return fmt.Sprintf("(%d lignes de YAML)", n)
	}
	return "(1 ligne de YAML)"
}

// origin says in French where a setting came from, for Dump: from is
// setting.From, « env », « file » or « flag », perhaps followed by the
// NAME_FILE that held the value, or "" for a default.
func origin(from string) string {
	where, rest, _ := strings.Cut(from, " ")
	switch where {
	case "":
		return "par défaut"
	case "env":
		where = "environnement"
	case "file":
		where = "fichier de configuration"
	case "flag":
		where = "option de la commande"
	}
	if rest != "" {
		return where + " " + rest
	}
	return where
}

// TelegramConfig is the Telegram part of the configuration.
type TelegramConfig struct {
	Token  string // TELEGRAM_BOT_TOKEN, from @BotFather
	APIURL string // TELEGRAM_API_URL: another Bot API server (self-hosted, a test's fake)
	// Mode (TELEGRAM_MODE) is polling (the default) or webhook.
	Mode string
	// WebhookURL (TELEGRAM_WEBHOOK_URL) is the public https address
	// Telegram posts to; WebhookListen (TELEGRAM_WEBHOOK_LISTEN) the
	// local address that serves it, behind the reverse proxy;
	// WebhookSecret (TELEGRAM_WEBHOOK_SECRET) the token Telegram sends
	// with each request.
	WebhookURL, WebhookListen, WebhookSecret string
	// RateGlobal (TELEGRAM_RATE_GLOBAL) and RatePerChat
	// (TELEGRAM_RATE_PER_CHAT) are the messages per second sent in all,
	// and to one chat; 0 lifts the limit.
	RateGlobal, RatePerChat float64
}

// Defaults of the Telegram configuration.
const (
	defaultTelegramRateGlobal  = 30
	defaultTelegramRatePerChat = 1
)

func (c *TelegramConfig) fromEnv(getenv func(string) string) error {
	c.Token = strings.TrimSpace(getenv("TELEGRAM_BOT_TOKEN"))
	c.APIURL = strings.TrimSpace(getenv("TELEGRAM_API_URL"))
	c.Mode = strings.ToLower(or(strings.TrimSpace(getenv("TELEGRAM_MODE")), telegram.ModePolling))
	c.WebhookURL = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_URL"))
	c.WebhookListen = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_LISTEN"))
	c.WebhookSecret = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_SECRET"))
	var errs []error
	rate := func(name string, def float64) float64 {
		v := strings.TrimSpace(getenv(name))
		if v == "" {
			return def
		}
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 0 {
			errs = append(errs, fmt.Errorf("%s\u00a0: %s ne convient pas\u00a0; écrivez un nombre de messages par seconde, par exemple %s=%v (avec un point pour les décimales, 0.5), ou 0 pour aucune limite", name, quote(v), name, def))
			return def
		}
		return r
	}
	c.RateGlobal = rate("TELEGRAM_RATE_GLOBAL", defaultTelegramRateGlobal)
	c.RatePerChat = rate("TELEGRAM_RATE_PER_CHAT", defaultTelegramRatePerChat)
	return errors.Join(errs...)
}

func (c *TelegramConfig) Validate() []error {
	var errs []error
	if c.Token == "" {
		errs = append(errs, errors.New("TELEGRAM_BOT_TOKEN\u00a0: obligatoire (créez le bot avec @BotFather)"))
	} else if id, secret, ok := strings.Cut(c.Token, ":"); !ok || strings.Trim(id, "0123456789") != "" || id == "" || secret == "" {
		errs = append(errs, errors.New("TELEGRAM_BOT_TOKEN\u00a0: ce n'est pas un jeton de bot\u00a0; copiez celui que donne @BotFather, de la forme 123456789:AAH…"))
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, fmt.Errorf("TELEGRAM_API_URL\u00a0: %s n'est pas une adresse\u00a0; écrivez http(s)://hôte[:port]", quote(c.APIURL)))
		}
	}
	webhookVars := map[string]string{
		"TELEGRAM_WEBHOOK_URL": c.WebhookURL, "TELEGRAM_WEBHOOK_LISTEN": c.WebhookListen, "TELEGRAM_WEBHOOK_SECRET": c.WebhookSecret,
	}
	switch c.Mode {
	case telegram.ModePolling:
		for _, name := range []string{"TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_LISTEN", "TELEGRAM_WEBHOOK_SECRET"} {
			if webhookVars[name] != "" {
				errs = append(errs, fmt.Errorf("%s\u00a0: inutile avec TELEGRAM_MODE=polling (le mode par défaut)\u00a0; réglez TELEGRAM_MODE=webhook, ou retirez cette variable", name))
			}
		}
	case telegram.ModeWebhook:
		if u, err := url.Parse(c.WebhookURL); c.WebhookURL == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_URL\u00a0: obligatoire avec TELEGRAM_MODE=webhook (l'adresse https publique où Telegram envoie les messages)"))
		} else if err != nil || u.Scheme != "https" || u.Host == "" {
			errs = append(errs, fmt.Errorf("TELEGRAM_WEBHOOK_URL\u00a0: %s ne convient pas\u00a0; écrivez une adresse https://hôte/chemin (Telegram n'envoie qu'en https)", quote(c.WebhookURL)))
		}
		if c.WebhookListen == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_LISTEN\u00a0: obligatoire avec TELEGRAM_MODE=webhook (l'adresse locale, par exemple TELEGRAM_WEBHOOK_LISTEN=127.0.0.1:8443)"))
		} else if _, _, err := net.SplitHostPort(c.WebhookListen); err != nil {
			errs = append(errs, fmt.Errorf("TELEGRAM_WEBHOOK_LISTEN\u00a0: %s n'est pas une adresse\u00a0; écrivez hôte:port, par exemple TELEGRAM_WEBHOOK_LISTEN=127.0.0.1:8443", quote(c.WebhookListen)))
		}
		if c.WebhookSecret == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_SECRET\u00a0: obligatoire avec TELEGRAM_MODE=webhook (1 à 256 caractères parmi A-Z a-z 0-9 _ -\u00a0; la commande openssl rand -hex 32 en donne un)"))
		} else if err := telegram.CheckSecret(c.WebhookSecret); err != nil {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_SECRET\u00a0: de 1 à 256 caractères parmi A-Z a-z 0-9 _ - seulement\u00a0; la commande openssl rand -hex 32 en donne un"))
		}
	default:
		errs = append(errs, fmt.Errorf("TELEGRAM_MODE\u00a0: %s n'est pas prévu\u00a0; écrivez polling ou webhook", quote(c.Mode)))
	}
	return errs
}

// Limits returns the sending limits configured.
func (c *TelegramConfig) Limits() telegram.Limits {
	lim := telegram.DefaultLimits
	lim.Global, lim.GlobalBurst = c.RateGlobal, max(1, int(c.RateGlobal))
	lim.PerChat = c.RatePerChat
	return lim
}

// DiscordConfig is the Discord part of the configuration. Discord is
// optional: without DISCORD_BOT_TOKEN, serve runs without a desk (a
// handover tells the resident how to reach the site and the ticket waits).
type DiscordConfig struct {
	Token          string // DISCORD_BOT_TOKEN, without "Bot "
	GuildID        string // DISCORD_GUILD_ID: the server
	ChannelID      string // DISCORD_CHANNEL_ID: forum or text channel for the tickets
	MediatorRoleID string // DISCORD_MEDIATOR_ROLE_ID
	// AppID (DISCORD_APP_ID) is the application's id for the slash
	// commands; by default the one the gateway gives.
	AppID string
	// APIURL (DISCORD_API_URL) replaces https://discord.com for REST
	// calls: a REST proxy, or a test's fake.
	APIURL string

	// perSite is set when PIMMS_SITES_FILE gives each site its channel
	// and role: ChannelID and MediatorRoleID must then be unset.
	perSite bool
}

func (c *DiscordConfig) fromEnv(getenv func(string) string) error {
	c.Token = strings.TrimPrefix(strings.TrimSpace(getenv("DISCORD_BOT_TOKEN")), "Bot ")
	c.GuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	c.ChannelID = strings.TrimSpace(getenv("DISCORD_CHANNEL_ID"))
	c.MediatorRoleID = strings.TrimSpace(getenv("DISCORD_MEDIATOR_ROLE_ID"))
	c.AppID = strings.TrimSpace(getenv("DISCORD_APP_ID"))
	c.APIURL = strings.TrimSpace(getenv("DISCORD_API_URL"))
	return nil
}

// Validate names each missing or malformed variable. Without a token
// Discord is off, and the other variables must then be unset too, so that
// a forgotten token does not silently leave the mediators without tickets.
func (c *DiscordConfig) Validate() []error {
	ids := []struct{ name, value, what string }{
		{"DISCORD_GUILD_ID", c.GuildID, "l'identifiant du serveur"},
		{"DISCORD_CHANNEL_ID", c.ChannelID, "l'identifiant du forum ou du salon où s'ouvrent les tickets"},
		{"DISCORD_MEDIATOR_ROLE_ID", c.MediatorRoleID, "l'identifiant du rôle des médiateurs"},
		{"DISCORD_APP_ID", c.AppID, ""},
	}
	var errs []error
	if c.Token == "" {
		var set []string
		for _, id := range ids {
			if id.value != "" {
				set = append(set, id.name)
			}
		}
		if c.APIURL != "" {
			set = append(set, "DISCORD_API_URL")
		}
		switch {
		case len(set) == 1:
			errs = append(errs, fmt.Errorf("DISCORD_BOT_TOKEN\u00a0: obligatoire puisque %s est réglé (retirez les variables DISCORD_* pour fonctionner sans Discord)", set[0]))
		case len(set) > 1:
			errs = append(errs, fmt.Errorf("DISCORD_BOT_TOKEN\u00a0: obligatoire puisque %s sont réglés (retirez les variables DISCORD_* pour fonctionner sans Discord)", strings.Join(set, ", ")))
		}
		return errs
	}
	for _, id := range ids {
		perSite := c.perSite && (id.name == "DISCORD_CHANNEL_ID" || id.name == "DISCORD_MEDIATOR_ROLE_ID")
		switch {
		case perSite && id.value != "":
			errs = append(errs, fmt.Errorf("%s\u00a0: inutile avec PIMMS_SITES_FILE, où chaque site a son salon et son rôle Discord\u00a0; retirez cette variable", id.name))
		case perSite:
		case id.value == "" && id.what != "":
			errs = append(errs, fmt.Errorf("%s\u00a0: obligatoire avec DISCORD_BOT_TOKEN (%s\u00a0; dans Discord, activez le mode développeur, puis clic droit, «\u00a0Copier l'identifiant\u00a0»)", id.name, id.what))
		case id.value != "" && strings.Trim(id.value, "0123456789") != "":
			errs = append(errs, fmt.Errorf("%s\u00a0: %s n'est pas un identifiant Discord, qui ne contient que des chiffres", id.name, quote(id.value)))
		}
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, fmt.Errorf("DISCORD_API_URL\u00a0: %s n'est pas une adresse\u00a0; écrivez http(s)://hôte[/chemin]", quote(c.APIURL)))
		}
	}
	return errs
}
