package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"pimmsbot/internal/poster"
	"pimmsbot/internal/sites"
)

// runPoster writes each named site's poster: a PNG with its name and its
// deep link as a QR code, for the site's door and counter.
func runPoster(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("poster", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	file := fs.String("sites", os.Getenv("PIMMS_SITES_FILE"), "the sites file (default $PIMMS_SITES_FILE)")
	bot := fs.String("bot", os.Getenv("TELEGRAM_BOT_USERNAME"), "the Telegram username of the network's bot (default $TELEGRAM_BOT_USERNAME); a site with a bot of its own uses that one")
	out := fs.String("o", "", "the PNG file to write, for one site (default poster-SITE.png)")
	all := fs.Bool("all", false, "a poster for every site of the file")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot poster --sites FILE --bot USERNAME [-o FILE.png] SITE...")
		fmt.Fprintln(env.Stderr, "       pimmsbot poster --sites FILE --bot USERNAME --all")
		fmt.Fprintln(env.Stderr, "Writes an A4 PNG (150 dpi) per site: its name, its deep link as a QR code, three lines on what the bot does.")
		fs.PrintDefaults()
	}
	ids, code, ok := parseInterleaved(fs, args)
	if !ok {
		return code
	}
	switch {
	case *file == "":
		fmt.Fprintln(env.Stderr, "pimmsbot poster: --sites: required (or PIMMS_SITES_FILE): the sites file")
		return 2
	case len(ids) == 0 && !*all, len(ids) > 0 && *all:
		fs.Usage()
		return 2
	case *out != "" && len(ids) != 1:
		fmt.Fprintln(env.Stderr, "pimmsbot poster: -o names the file of one site's poster; with several, each goes to poster-SITE.png")
		return 2
	}
	net, err := sites.LoadWithoutTokens(*file)
	if err != nil {
		return env.errorf(1, "poster", "%v", err)
	}
	if *all {
		for _, s := range net.Sites {
			ids = append(ids, s.ID)
		}
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			return 1
		}
		name, err := writePoster(net, id, strings.TrimPrefix(*bot, "@"), *out)
		if err != nil {
			return env.errorf(1, "poster", "%v", err)
		}
		fmt.Fprintf(env.Stdout, "site %s: poster written to %s\n", id, name)
	}
	return 0
}

// parseInterleaved parses flags placed before, between or after the
// positional arguments, and returns the latter.
func parseInterleaved(fs *flag.FlagSet, args []string) (positional []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0, false
			}
			return nil, 2, false
		}
		if fs.NArg() == 0 {
			return positional, 0, true
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// writePoster writes the poster of site id to out, or to poster-<id>.png,
// and returns the file's name. bot is the network bot's username.
func writePoster(net *sites.Network, id, bot, out string) (string, error) {
	site, link, err := net.LinkOf(id, bot)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := poster.PNG(&buf, poster.Poster{SiteName: site.Name, Link: link}); err != nil {
		return "", fmt.Errorf("site %s: %w", id, err)
	}
	out = cmp.Or(out, "poster-"+site.ID+".png")
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return "", fmt.Errorf("site %s: %w", id, err)
	}
	return out, nil
}
