package discord

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Paris on any test machine

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/fakeclock"
)

var update = flag.Bool("update", false, "rewrite docs/mediator-thread.md from what the desk posts")

// samplePath is the mediator's thread shown in the documentation.
const samplePath = "../../docs/mediator-thread.md"

// TestMediatorThreadSample plays one handover through the real core, a
// bbolt store and the desk on the fake Discord, and renders the thread
// as a mediator sees it at the end. docs/mediator-thread.md must be that
// rendering: run with -update after changing a text.
func TestMediatorThreadSample(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: testChannel, Name: "demandes", Type: discordtest.TypeForum})
	d, err := New(Config{Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: testChannel,
		MediatorRoleID: testRole, HTTPClient: srv.Client(), Location: paris})
	if err != nil {
		t.Fatal(err)
	}
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cat := catalogtest.FAQ(t)
	clk := fakeclock.New(time.Date(2025, 3, 4, 9, 58, 0, 0, time.UTC)) // 10:58 in Paris
	tg := &residents{}
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": tg}, Desk: d, Now: clk.Now,
		Site: conversation.Site{Name: "PIMMS de Quimper", Phone: "02 98 00 00 00", Address: "1 place de la Mairie, Quimper"},
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	runDone := make(chan error, 1)
	go func() { runDone <- d.Run(runCtx, svc) }()
	defer func() { stop(); <-runDone }()
	srv.WaitReady(ctx, 1)
	settle(ctx, t, srv, d)

	const resident = "telegram:4242"
	camille := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{testRole}}
	var acts []act // what Camille does besides writing
	later := func(minutes int) { clk.Add(time.Duration(minutes) * time.Minute) }
	say := func(in conversation.Incoming) {
		t.Helper()
		in.Resident = resident
		if err := svc.HandleResident(ctx, in); err != nil {
			t.Fatal(err)
		}
		settle(ctx, t, srv, d)
	}
	write := func(text string) {
		srv.UserMessage(srv.Threads(testChannel)[0].ID, camille, text)
		settle(ctx, t, srv, d)
	}
	interact := func(what string, typ int, data map[string]any) {
		thread := srv.Threads(testChannel)[0].ID
		in := srv.Interaction(thread, camille, typ, data)
		if typ == 3 {
			in["message"] = map[string]any{"id": thread, "channel_id": thread, "content": ""}
		}
		acts = append(acts, act{id: in["id"].(string), token: in["token"].(string), what: what})
		srv.Dispatch("INTERACTION_CREATE", in)
		settle(ctx, t, srv, d)
	}

	say(conversation.Incoming{Text: "Bonjour"})
	later(1)
	say(conversation.Incoming{Text: "La CAF me demande de rembourser 800 euros, je ne comprends pas pourquoi"})
	later(1)
	say(conversation.Incoming{Action: conversation.ActNotHelp + ":caf-indu"})
	say(conversation.Incoming{Text: "je veux parler à un médiateur"})
	later(2)
	say(conversation.Incoming{Text: "J'ai reçu un courrier de la CAF la semaine dernière."})
	later(9)
	interact("clique sur « Prendre en charge »", 3, map[string]any{"custom_id": buttonID(buttonClaim, 1), "component_type": 2})
	later(1)
	write("Bonjour, je suis Camille, médiatrice au PIMMS. Pouvez-vous m'envoyer une photo du courrier ? Cachez votre numéro de sécurité sociale.")
	later(3)
	say(conversation.Incoming{Text: "voilà le courrier", Media: conversation.MediaPhoto,
		File: &conversation.Attachment{Name: "courrier-caf.jpg", MIME: "image/jpeg", Data: []byte("\xff\xd8\xff\xe0 photo")}})
	later(2)
	write("!note Indu d'APL de janvier (changement de ressources). Appeler la CAF jeudi avec l'accord de la personne.")
	interact("tape /faq id: caf-indu", 2, discordtest.CommandData(cmdFAQ, map[string]any{optEntry: "caf-indu"}, ""))
	later(1)
	write("Je vous ai envoyé la marche à suivre. Je peux appeler la CAF avec vous jeudi à 14 h : cela vous va ?")
	later(4)
	say(conversation.Incoming{Text: "Oui merci beaucoup, à jeudi !"})
	later(1)
	interact("tape /fermer", 2, discordtest.CommandData(cmdClose, nil, ""))

	if bad := srv.Invalid(); len(bad) != 0 {
		t.Fatalf("the fake refused %s: %s", bad[0].Route, bad[0].Invalid)
	}
	got := renderSample(srv, srv.Threads(testChannel)[0], camille, acts)
	if *update {
		if err := os.WriteFile(samplePath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/discord -run TestMediatorThreadSample -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s is not what the desk posts now; run go test ./internal/discord -run TestMediatorThreadSample -update and review the diff.\n--- got:\n%s", samplePath, got)
	}
}

// An act is an interaction of the mediator, with what they did.
type act struct{ id, token, what string }

// renderSample writes the thread as a Discord client shows it: markdown
// rendered, mentions as names, buttons and files named, with the
// mediator's clicks and commands, and the answers only they see.
func renderSample(srv *discordtest.Server, th discordtest.Channel, mediator discordtest.User, acts []act) string {
	type item struct {
		id   string
		text string
	}
	var items []item
	for _, m := range srv.Messages(th.ID) {
		var b strings.Builder
		if m.AuthorID == mediator.ID {
			fmt.Fprintf(&b, "%s\n", mediator.Nick)
		} else {
			b.WriteString("pimmsbot [BOT]\n")
		}
		for _, l := range strings.Split(renderMarkdown(m.Content, mediator), "\n") {
			b.WriteString(strings.TrimRight("   "+l, " ") + "\n")
		}
		for _, f := range m.Files {
			fmt.Fprintf(&b, "   📎 %s\n", f.Name)
		}
		if bs := renderButtons(m.Components); bs != "" {
			b.WriteString("   " + bs + "\n")
		}
		items = append(items, item{m.ID, b.String()})
	}
	for _, a := range acts {
		var b strings.Builder
		fmt.Fprintf(&b, "(%s %s)\n", mediator.Nick, a.what)
		for _, c := range srv.Calls() {
			if strings.Contains(c.Path, "/"+a.token) && (c.Route == discordtest.RouteOriginalEdit || c.Route == discordtest.RouteFollowup) {
				fmt.Fprintf(&b, "   👁 visible par vous seul · %s\n", renderMarkdown(c.Content(), mediator))
			}
		}
		items = append(items, item{a.id, b.String()})
	}
	slices.SortFunc(items, func(a, b item) int {
		if len(a.id) != len(b.id) {
			return len(a.id) - len(b.id)
		}
		return strings.Compare(a.id, b.id)
	})
	var b strings.Builder
	b.WriteString(`# Le fil d'une demande, côté médiateurs

Ce que voit une médiatrice sur Discord quand une personne demande à
parler à un médiateur sur Telegram, de l'ouverture du fil à sa
clôture. Les lignes entre parenthèses sont ce que fait la médiatrice
(clic, commande) ; « visible par vous seul » est la réponse que Discord
ne montre qu'à elle.

Ce texte n'est pas écrit à la main : le test TestMediatorThreadSample
(internal/discord/sample_test.go) joue la scène avec le vrai cœur, une
base bbolt et le bureau Discord sur le faux Discord du projet, puis
écrit le fil tel qu'il est à la fin. Le test échoue si ce fichier ne
correspond plus à ce que le bot poste. Après un changement de texte :

    go test ./internal/discord -run TestMediatorThreadSample -update

Fuseau du site : Europe/Paris. La demande arrive le 4 mars 2025 vers 11 h.

` + "```text\n")
	fmt.Fprintf(&b, "#demandes › %s\n\n", th.Name)
	for i, it := range items {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(it.text)
	}
	b.WriteString("```\n")
	return b.String()
}

var (
	unescapeRe = regexp.MustCompile(`\\([*_~` + "`" + `|>#\-\[\]()\\@<])`)
	boldRe     = regexp.MustCompile(`\*\*(.+?)\*\*`)
	codeRe     = regexp.MustCompile("`([^`]*)`")
)

// renderMarkdown shows Discord markdown as the client displays it.
func renderMarkdown(s string, mediator discordtest.User) string {
	s = strings.ReplaceAll(s, "<@&"+testRole+">", "@Médiateurs")
	s = strings.ReplaceAll(s, "<@"+mediator.ID+">", "@"+mediator.Nick)
	s = strings.ReplaceAll(s, "\u200b", "")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if q, ok := strings.CutPrefix(l, "> "); ok {
			l = "▎ " + q
		}
		l = boldRe.ReplaceAllString(l, "$1")
		l = codeRe.ReplaceAllString(l, "$1")
		lines[i] = unescapeRe.ReplaceAllString(l, "$1")
	}
	return strings.Join(lines, "\n")
}

// renderButtons names the buttons of a message's components, greyed
// ones marked.
func renderButtons(components any) string {
	rows, _ := components.([]any)
	var out []string
	for _, r := range rows {
		row, _ := r.(map[string]any)
		comps, _ := row["components"].([]any)
		for _, c := range comps {
			btn, _ := c.(map[string]any)
			label, _ := btn["label"].(string)
			if off, _ := btn["disabled"].(bool); off {
				label += " (grisé)"
			}
			out = append(out, "[ "+label+" ]")
		}
	}
	return strings.Join(out, " ")
}
