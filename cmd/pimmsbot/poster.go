package main

import (
	"bytes"
	"cmp"
	"context"
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
	fs := newFlagSet("poster")
	file := fs.String("sites", os.Getenv("PIMMS_SITES_FILE"), "le `fichier` des sites (env PIMMS_SITES_FILE)")
	bot := fs.String("bot", os.Getenv("TELEGRAM_BOT_USERNAME"), "le `nom` d'utilisateur Telegram du bot du réseau (env TELEGRAM_BOT_USERNAME)\u00a0; "+
		"un site qui a son propre bot prend le sien")
	out := fs.String("o", "", "le `fichier` PNG à écrire, pour un seul site (par défaut poster-SITE.png)")
	all := fs.Bool("all", false, "une affiche pour chaque site du fichier")
	ids, err := env.parseInterleaved(fs, args)
	if err != nil {
		return flagsExit(err)
	}
	switch {
	case *file == "":
		return env.usageError("poster", "donnez le fichier des sites avec --sites (ou PIMMS_SITES_FILE)")
	case len(ids) == 0 && !*all:
		return env.usageError("poster", "donnez au moins un SITE, ou --all pour tous")
	case len(ids) > 0 && *all:
		return env.usageError("poster", "des SITE ou --all, pas les deux")
	case *out != "" && len(ids) != 1:
		return env.usageError("poster", "-o nomme l'affiche d'un seul site\u00a0; pour plusieurs, chacune va dans poster-SITE.png")
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
		fmt.Fprintf(env.Stdout, "Site %s\u00a0: affiche écrite dans %s\n", id, name)
	}
	return 0
}

// parseInterleaved parses flags placed before, between or after the
// positional arguments, and returns the latter. Its error is
// parseFlags'.
func (env *Env) parseInterleaved(fs *flag.FlagSet, args []string) (positional []string, err error) {
	for {
		if err := env.parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
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
		return "", fmt.Errorf("site %s\u00a0: %w", id, err)
	}
	out = cmp.Or(out, "poster-"+site.ID+".png")
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return "", fmt.Errorf("site %s\u00a0: %w", id, err)
	}
	return out, nil
}
