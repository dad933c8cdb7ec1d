package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
)

// Config is pimmsbot's configuration, read from the environment; flags
// override some of it. Validate reports every mistake at once.
type Config struct {
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

	Telegram TelegramConfig
	Discord  DiscordConfig
}

// Defaults of the configuration, documented in the README.
const (
	defaultDB       = "./data/pimmsbot.db"
	defaultSiteName = "PIMMS Médiation"
	defaultHours    = "lun-ven 09:00-12:30,13:30-17:00"
	defaultTZ       = "Europe/Paris"
)

// configFromEnv reads the configuration from the environment.
func configFromEnv(getenv func(string) string) (*Config, error) {
	c := &Config{
		DB:            or(getenv("PIMMS_DB"), defaultDB),
		FAQDir:        getenv("PIMMS_FAQ_DIR"),
		SiteName:      or(getenv("PIMMS_SITE_NAME"), defaultSiteName),
		SiteAddress:   or(getenv("PIMMS_SITE_ADDRESS"), "adresse non renseignée"),
		SitePhone:     or(getenv("PIMMS_SITE_PHONE"), "numéro non renseigné"),
		SiteEmail:     getenv("PIMMS_SITE_EMAIL"),
		Hours:         or(getenv("PIMMS_HOURS"), defaultHours),
		Timezone:      or(getenv("PIMMS_TIMEZONE"), defaultTZ),
		RetentionDays: 180,
		RemindAfter:   15 * time.Minute,
	}
	var errs []error
	if v := getenv("PIMMS_CLOSED_DAYS"); v != "" {
		c.ClosedDays = strings.Split(v, ",")
	}
	if v := getenv("PIMMS_RETENTION_DAYS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("PIMMS_RETENTION_DAYS=%q: want a number of days", v))
		}
		c.RetentionDays = n
	}
	if v := getenv("PIMMS_REMIND_AFTER"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("PIMMS_REMIND_AFTER=%q: want a duration such as 15m", v))
		}
		c.RemindAfter = d
	}
	if err := c.Telegram.fromEnv(getenv); err != nil {
		errs = append(errs, err)
	}
	if err := c.Discord.fromEnv(getenv); err != nil {
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// addFlags adds the flags shared by the commands that run the bot.
func (c *Config) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DB, "db", c.DB, "bbolt database `file` (env PIMMS_DB)")
	fs.StringVar(&c.FAQDir, "faq", c.FAQDir, "load the FAQ from this `folder` instead of the embedded one (env PIMMS_FAQ_DIR)")
}

// Validate checks the configuration and returns every problem found.
func (c *Config) Validate() error {
	var errs []error
	if c.DB == "" {
		errs = append(errs, errors.New("PIMMS_DB: the database file is required"))
	}
	if _, err := time.LoadLocation(c.Timezone); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_TIMEZONE=%q: unknown time zone (use Europe/Paris)", c.Timezone))
	}
	if _, err := hours.Parse(c.Hours, c.ClosedDays, time.UTC); err != nil {
		errs = append(errs, fmt.Errorf("PIMMS_HOURS / PIMMS_CLOSED_DAYS: %w", err))
	}
	if c.RetentionDays < 1 {
		errs = append(errs, fmt.Errorf("PIMMS_RETENTION_DAYS=%d: must be at least 1", c.RetentionDays))
	}
	if c.RemindAfter < 0 {
		errs = append(errs, fmt.Errorf("PIMMS_REMIND_AFTER=%v: must not be negative", c.RemindAfter))
	}
	return errors.Join(errs...)
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

// loadConfig reads the environment, applies the flags in args and
// validates the result.
func loadConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (*Config, *flag.FlagSet, error) {
	c, err := configFromEnv(os.Getenv)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	c.addFlags(fs)
	if more != nil {
		more(fs)
	}
	if perr := fs.Parse(args); perr != nil {
		return nil, nil, perr
	}
	if err != nil {
		return nil, nil, err
	}
	return c, fs, c.Validate()
}
