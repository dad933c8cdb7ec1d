package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/logs"
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
}

// A setting is one variable as read.
type setting struct {
	Name, Value string
	// From is "env", "file", "flag" or "" when unset.
	From string
}

// Defaults of the configuration, documented in docs/deploy.md.
const (
	defaultDB              = "./data/pimmsbot.db"
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
	adminSocketName = "pimmsbot.sock"
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
				l.errs = append(l.errs, fmt.Errorf("%s_FILE=%q: cannot read the file: %w", name, path, err))
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
		return nil, fmt.Errorf("--config %s: %w", path, err)
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
			errs = append(errs, fmt.Errorf("%s line %d: want NAME=value", path, n))
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') && val[len(val)-1] == val[0] {
			val = val[1 : len(val)-1]
		}
		if prev, dup := vals[key]; dup {
			errs = append(errs, fmt.Errorf("%s line %d: %s is already set on line %d", path, n, key, prev.line))
			continue
		}
		vals[key] = fileValue{value: val, line: n}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	return vals, errors.Join(errs...)
}

// readConfig reads the configuration from the environment and from the
// file at path when path is not "". It returns the configuration even with
// errors, so that flags can still be applied.
func readConfig(getenv func(string) string, path string) (*Config, error) {
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
	errs = append(errs, l.errs...)
	var unknown []string
	for name, fv := range file {
		if !fv.used {
			unknown = append(unknown, fmt.Sprintf("%s line %d: unknown variable %s (misspelt? see docs/deploy.md)", path, fv.line, name))
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
	c.DB = or(l.get("PIMMS_DB"), defaultDB)
	c.FAQDir = l.get("PIMMS_FAQ_DIR")
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
			l.errs = append(l.errs, fmt.Errorf("PIMMS_RETENTION_DAYS=%q: want a number of days, such as 180", v))
			n = defaultRetentionDays // reported once, not again by Validate
		}
		c.RetentionDays = n
	}
	c.RemindAfter = l.duration("PIMMS_REMIND_AFTER", defaultRemindAfter, "15m")
	c.WaitNotice = l.duration("PIMMS_WAIT_NOTICE", defaultWaitNotice, "2h")
	c.MediatorNames = or(l.get("PIMMS_MEDIATOR_NAMES"), defaultMediatorNames)
	c.MediatorName = or(l.get("PIMMS_MEDIATOR_NAME"), defaultMediatorName)
	c.HTTPAddr = or(l.get("PIMMS_HTTP_ADDR"), defaultHTTPAddr)
	c.AdminSocket = l.get("PIMMS_ADMIN_SOCKET")
	c.LogFormat = strings.ToLower(or(l.get("PIMMS_LOG_FORMAT"), defaultLogFormat))
	c.LogLevel = strings.ToLower(or(l.get("PIMMS_LOG_LEVEL"), defaultLogLevel))
	c.ShutdownTimeout = l.duration("PIMMS_SHUTDOWN_TIMEOUT", defaultShutdownTimeout, "15s")
	c.Partners = l.get("PIMMS_PARTNERS")
}

func (l *lookup) duration(name string, def time.Duration, example string) time.Duration {
	v := l.get(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		l.errs = append(l.errs, fmt.Errorf("%s=%q: want a duration such as %s", name, v, example))
		return def
	}
	return d
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// adminSocket returns the admin socket's path, "" when it is off.
func (c *Config) adminSocket() string {
	switch c.AdminSocket {
	case "off":
		return ""
	case "":
		return filepath.Join(filepath.Dir(c.DB), adminSocketName)
	}
	return c.AdminSocket
}

// Validate checks the configuration and returns every problem found, each
// naming the variable and what to do.
func (c *Config) Validate() error {
	var errs []error
	if c.DB == "" {
		errs = append(errs, errors.New("PIMMS_DB: the database file is required"))
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_TIMEZONE=%q: unknown time zone (use Europe/Paris, or Indian/Reunion…)", c.Timezone))
		loc = time.UTC
	}
	if _, err := hours.Parse(c.Hours, c.ClosedDays, loc); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_HOURS / PIMMS_CLOSED_DAYS: %w", err))
	}
	if c.RetentionDays < 1 {
		errs = append(errs, fmt.Errorf("PIMMS_RETENTION_DAYS=%d: must be at least 1", c.RetentionDays))
	}
	if c.WaitNotice <= 0 {
		errs = append(errs, fmt.Errorf("PIMMS_WAIT_NOTICE=%v: must be positive", c.WaitNotice))
	}
	if c.RemindAfter < 0 {
		errs = append(errs, fmt.Errorf("PIMMS_REMIND_AFTER=%v: must not be negative (0 turns reminders off)", c.RemindAfter))
	}
	switch c.MediatorNames {
	case "display":
	case "generic":
		if strings.TrimSpace(c.MediatorName) == "" {
			errs = append(errs, errors.New("PIMMS_MEDIATOR_NAME: required with PIMMS_MEDIATOR_NAMES=generic"))
		}
	default:
		errs = append(errs, fmt.Errorf("PIMMS_MEDIATOR_NAMES=%q: want display (each mediator's name on Discord) or generic (PIMMS_MEDIATOR_NAME for all)", c.MediatorNames))
	}
	if c.HTTPAddr != "off" {
		if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("PIMMS_HTTP_ADDR=%q: want host:port such as 127.0.0.1:9321 or :9321, or off", c.HTTPAddr))
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			errs = append(errs, fmt.Errorf("PIMMS_HTTP_ADDR=%q: the port must be a number from 0 to 65535", c.HTTPAddr))
		}
	}
	if p := c.adminSocket(); len(p) > 100 {
		errs = append(errs, fmt.Errorf("PIMMS_ADMIN_SOCKET=%q: a Unix socket path must be under 100 bytes: set a shorter one, or off", p))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("PIMMS_LOG_FORMAT=%q: want text or json", c.LogFormat))
	}
	if _, err := logs.ParseLevel(c.LogLevel); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_LOG_LEVEL=%q: want debug, info, warn or error", c.LogLevel))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, fmt.Errorf("PIMMS_SHUTDOWN_TIMEOUT=%v: must be positive, such as 15s", c.ShutdownTimeout))
	}
	return errors.Join(errs...)
}

// mediatorName returns what a resident is told of the mediator whose
// display name on the desk is display, as PIMMS_MEDIATOR_NAMES says.
func (c *Config) mediatorName(display string) string {
	if c.MediatorNames == "generic" || strings.TrimSpace(display) == "" {
		return c.MediatorName
	}
	return display
}

// Warnings lists what is valid but leaves residents without something they
// need, such as a phone number to call.
func (c *Config) Warnings() []string {
	var out []string
	if c.SitePhone == "" {
		out = append(out, "PIMMS_SITE_PHONE is not set: residents are not told a number to call")
	}
	if c.SiteAddress == "" {
		out = append(out, "PIMMS_SITE_ADDRESS is not set: residents are not told where the site is")
	}
	return out
}

// site returns what residents are told about the site.
func (c *Config) site() (conversation.Site, error) {
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

// location returns the site's time zone, UTC if it is invalid (Validate
// reports that).
func (c *Config) location() *time.Location {
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

// secrets returns the values of the secret variables read, for the log
// handler to mask wherever they appear.
func (c *Config) secrets() []string {
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
		fmt.Fprintf(w, "# configuration file: %s (the environment wins over it)\n", c.File)
	}
	effective := map[string]string{
		"PIMMS_DB": c.DB, "PIMMS_FAQ_DIR": or(c.FAQDir, "(embedded FAQ)"),
		"PIMMS_SITE_NAME": c.SiteName, "PIMMS_SITE_ADDRESS": c.SiteAddress, "PIMMS_SITE_PHONE": c.SitePhone,
		"PIMMS_HOURS": c.Hours, "PIMMS_TIMEZONE": c.Timezone,
		"PIMMS_RETENTION_DAYS": strconv.Itoa(c.RetentionDays), "PIMMS_REMIND_AFTER": c.RemindAfter.String(),
		"PIMMS_WAIT_NOTICE":    c.WaitNotice.String(),
		"PIMMS_MEDIATOR_NAMES": c.MediatorNames, "PIMMS_MEDIATOR_NAME": c.MediatorName,
		"PIMMS_HTTP_ADDR": c.HTTPAddr, "PIMMS_ADMIN_SOCKET": or(c.adminSocket(), "off"),
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
			v = fmt.Sprintf("<masked, %d characters>", len(s.Value))
		case secretName(s.Name):
			v = ""
		}
		if from == "" {
			from = "default"
		}
		fmt.Fprintf(w, "%s=%s\t# %s\n", s.Name, v, from)
	}
}

// setFlag records that a flag overrode a variable.
func (c *Config) setFlag(name, value string) {
	for i := range c.vars {
		if c.vars[i].Name == name {
			c.vars[i].Value, c.vars[i].From = value, "flag"
		}
	}
}

// loadConfig parses the flags in args (--config, --db, --faq and those
// added by more), reads the environment and the --config file, applies the
// flags and validates the result.
func loadConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (*Config, *flag.FlagSet, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var file, db, faqDir string
	fs.StringVar(&file, "config", "", "read settings from this `file` of NAME=value lines; the environment wins over it")
	fs.StringVar(&db, "db", "", "bbolt database `file` (env PIMMS_DB, default "+defaultDB+")")
	fs.StringVar(&faqDir, "faq", "", "load the FAQ from this `folder` instead of the embedded one (env PIMMS_FAQ_DIR)")
	if more != nil {
		more(fs)
	}
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	c, err := readConfig(os.Getenv, file)
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "db":
			c.DB = db
			c.setFlag("PIMMS_DB", db)
		case "faq":
			c.FAQDir = faqDir
			c.setFlag("PIMMS_FAQ_DIR", faqDir)
		}
	})
	return c, fs, errors.Join(err, c.Validate())
}

// partnersSummary stands for the partners' YAML in Dump: one line.
func partnersSummary(yaml string) string {
	if strings.TrimSpace(yaml) == "" {
		return ""
	}
	return fmt.Sprintf("(%d lines of YAML)", strings.Count(strings.TrimSpace(yaml), "\n")+1)
}
