package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fakeclock"
	"pimmsbot/internal/server"
)

func TestStatsEqualWhatWasPlayed(t *testing.T) {
	s := play(t)
	got := statsTotal(t, s)
	want := map[string]int{
		"conversations": s.conversations, "questions": s.questions, "answered": s.answered,
		"clarified": s.clarified, "unanswered": s.unanswered, "handovers": s.handovers,
		"helpful": s.helpful, "not_helpful": s.notHelpful, "ratings": 1, "tickets_claimed": 1, "tickets_closed": 1,
	}
	for name, w := range want {
		if got[name] != strconv.Itoa(w) {
			t.Errorf("%s = %s, want %d", name, got[name], w)
		}
	}
	if got["wait_median_min"] != "10.0" || got["handling_median_min"] != "25.0" || got["rating_mean"] != "4.00" {
		t.Errorf("times and rating = %s, %s, %s; want 10.0, 25.0, 4.00", got["wait_median_min"], got["handling_median_min"], got["rating_mean"])
	}

	t.Run("period", func(t *testing.T) {
		// The last 30 days: the two recent conversations only.
		out := mustRun(t, "stats", "--db", s.db, "--csv", "--from", s.now.AddDate(0, 0, -30).Format(time.DateOnly))
		if !strings.Contains(out, ",total,2,1,1,1,0,2,") {
			t.Errorf("last 30 days:\n%s", out)
		}
	})
	t.Run("by theme", func(t *testing.T) {
		out := mustRun(t, "stats", "--db", s.db, "--by", "theme",
			"--from", s.old.AddDate(0, 0, -1).Format(time.DateOnly), "--to", s.now.Format(time.DateOnly))
		// The theme is the conversation's, and the table says so: the
		// monthly report counts each question in its own theme.
		for _, want := range []string{"Thème de la conversation", "(sans thème)", "Total", "10 min", "25 min", "4,0/5 (1)",
			"chaque question dans son propre thème", "sans choix ni refus", "En suspens"} {
			if !strings.Contains(out, want) {
				t.Errorf("table lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("by week", func(t *testing.T) {
		out := mustRun(t, "stats", "--db", s.db, "--by", "week", "--csv",
			"--from", s.old.AddDate(0, 0, -1).Format(time.DateOnly), "--to", s.now.Format(time.DateOnly))
		if lines := strings.Count(out, "\n"); lines < 28 {
			t.Errorf("%d lines, want a line per week of 200 days:\n%s", lines, out)
		}
	})
	t.Run("bad flags", func(t *testing.T) {
		for _, args := range [][]string{
			{"stats", "--db", s.db, "--by", "month"},
			{"stats", "--db", s.db, "--from", "31/03/2025"},
			{"stats", "--db", s.db, "--from", "2025-03-10", "--to", "2025-03-01"},
		} {
			if _, errOut, code := run(t, args...); code != 2 || errOut == "" {
				t.Errorf("%v: exit %d, %q", args, code, errOut)
			}
		}
	})
}

func TestPurgeKeepsCountsAndDropsOldText(t *testing.T) {
	s := play(t)
	before := statsTotal(t, s)
	old := append([]string{oldResident, s.labels[oldResident]}, typed[oldResident]...)
	if found := fileHas(t, s.db, old...); len(found) != len(old) {
		t.Fatalf("before the purge the file holds only %q of %q", found, old)
	}

	out := mustRun(t, "purge", "--dry-run", "--db", s.db)
	if !strings.Contains(out, "Serait purgé") || !strings.Contains(out, "     1  conversations rendues anonymes") {
		t.Errorf("dry run:\n%s", out)
	}
	if found := fileHas(t, s.db, old...); len(found) != len(old) {
		t.Errorf("the dry run changed the database: only %q left", found)
	}

	out = mustRun(t, "purge", "--db", s.db)
	if !strings.Contains(out, "     1  conversations rendues anonymes") || !strings.Contains(out, "     1  usagers supprimés") {
		t.Errorf("purge:\n%s", out)
	}
	if found := fileHas(t, s.db, old...); len(found) > 0 {
		t.Errorf("after the purge the file still holds %q", found)
	}
	if found := fileHas(t, s.db, typed[rateResident][0], rateResident); len(found) != 2 {
		t.Errorf("the purge took recent data: only %q left", found)
	}
	if after := statsTotal(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("stats changed by the purge:\nbefore %v\nafter  %v", before, after)
	}
}

func TestBackupUnderLoad(t *testing.T) {
	s := play(t)
	// The running service: it holds the database and serves the admin
	// socket, while residents write.
	_, svc := runningService(t, s.db)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for n := 0; ctx.Err() == nil; n++ {
				id := fmt.Sprintf("telegram:%d", 9000+i)
				if err := svc.HandleResident(ctx, conversation.Incoming{Resident: id, Text: fmt.Sprintf("question %d sur la carte vitale", n)}); err != nil && ctx.Err() == nil {
					t.Error(err)
					return
				}
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	file := filepath.Join(t.TempDir(), "backups", "pimmsbot-copy.db")
	out := mustRun(t, "backup", file, "--db", s.db)
	cancel()
	wg.Wait()
	if !strings.Contains(out, "copiée par le pimmsbot en marche") || !strings.Contains(out, "vérification de cohérence réussie") {
		t.Errorf("backup:\n%s", out)
	}
	cp, err := bolt.Open(file, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if err := cp.Check(); err != nil {
		t.Fatal(err)
	}
	n := 0
	cp.ForEachConversation(context.Background(), func(conversation.Conversation) error { n++; return nil })
	if n < 3 {
		t.Errorf("the copy has %d conversations, want the script's 3 and more", n)
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode: %v %v", fi, err)
	}

	t.Run("stats while the bot runs", func(t *testing.T) {
		out := mustRun(t, "stats", "--db", s.db, "--csv", "--from", s.old.Format(time.DateOnly))
		if !strings.Contains(out, "total") {
			t.Errorf("stats through the service:\n%s", out)
		}
		leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(s.db), ".snapshot-*"))
		if len(leftovers) > 0 {
			t.Errorf("snapshot left behind: %v", leftovers)
		}
	})
}

func TestBackupStopped(t *testing.T) {
	s := play(t)
	file := filepath.Join(t.TempDir(), "copy.db")
	out := mustRun(t, "backup", "--db", s.db, file)
	if !strings.Contains(out, "copiée depuis la base") {
		t.Errorf("backup:\n%s", out)
	}
	if _, errOut, code := run(t, "backup", "--db", s.db, s.db); code != 1 || !strings.Contains(errOut, "est la base elle-même") {
		t.Errorf("backup onto the database: exit %d %s", code, errOut)
	}
}

func TestEraseLeavesNothingThatNamesTheResident(t *testing.T) {
	s := play(t)
	needles := append([]string{waitResident, s.labels[waitResident]}, typed[waitResident]...)
	if found := fileHas(t, s.db, needles...); len(found) != len(needles) {
		t.Fatalf("before the erase the file holds only %q of %q", found, needles)
	}
	// By the label the mediators see.
	out := mustRun(t, "erase", "--db", s.db, "--resident", s.labels[waitResident])
	if !strings.Contains(out, "effacé") || !strings.Contains(out, "demande ouverte n° 2 est close") {
		t.Errorf("erase:\n%s", out)
	}
	if found := fileHas(t, s.db, needles...); len(found) > 0 {
		t.Errorf("after the erase the file still holds %q", found)
	}
	if found := fileHas(t, s.db, rateResident, typed[rateResident][0]); len(found) != 2 {
		t.Errorf("the erase took another resident's data: only %q left", found)
	}
	store, err := bolt.Open(s.db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := store.Ticket(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	outbox, _ := store.Outbox(context.Background())
	store.Close()
	if tk.Status != conversation.TicketClosed || tk.Gone != "erased" || tk.Resident != "" {
		t.Errorf("ticket after erase = %+v", tk)
	}
	// The thread's erasure, then the notice and the status, for the
	// service's next start.
	if len(outbox) != 3 || outbox[0].Kind != conversation.OutDeskErase || outbox[1].Kind != conversation.OutDeskPost || outbox[0].Queue != "t:2" {
		t.Errorf("outbox after erase = %+v, want the thread's erasure and the desk's notice", outbox)
	}
	if total := statsTotal(t, s); total["conversations"] != "3" || total["handovers"] != "2" {
		t.Errorf("stats after erase = %v", total)
	}
	if _, errOut, code := run(t, "erase", "--db", s.db, "--resident", waitResident); code != 1 || !strings.Contains(errOut, "aucune donnée n'est enregistrée") {
		t.Errorf("second erase: exit %d %s", code, errOut)
	}
}

func TestExport(t *testing.T) {
	s := play(t)
	out := mustRun(t, "export", "--db", s.db, "--resident", "2002")
	var x conversation.Export
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if x.Resident.ID != rateResident || len(x.Tickets) != 1 || len(x.Feedback) != 1 {
		t.Errorf("export = %+v", x)
	}
	if !strings.Contains(out, typed[rateResident][0]) || strings.Contains(out, typed[oldResident][0]) {
		t.Errorf("export holds the wrong texts:\n%s", out)
	}
	if _, errOut, code := run(t, "export", "--db", s.db, "--resident", "telegram:42"); code != 1 || !strings.Contains(errOut, "aucune donnée n'est enregistrée") {
		t.Errorf("unknown resident: exit %d %s", code, errOut)
	}
	if _, errOut, code := run(t, "export", "--db", filepath.Join(t.TempDir(), "none.db"), "--resident", "1"); code != 1 || !strings.Contains(errOut, "aucune base de données") {
		t.Errorf("missing database: exit %d %s", code, errOut)
	}
}

func TestUnanswered(t *testing.T) {
	s := play(t)
	out := mustRun(t, "unanswered", "--db", s.db, "--since", s.old.AddDate(0, 0, -1).Format(time.DateOnly))
	for _, want := range []string{
		"  1 × «\u00a0recette de la blanquette de veau\u00a0»  (sans réponse 1",
		"  1 × «\u00a0j'ai perdu ma carte vitale\u00a0»  (👎 1",
		"fiche proposée\u00a0: ",
		"[ameli-carte-vitale] (1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The default, the last 30 days, holds none of them.
	if out := mustRun(t, "unanswered", "--db", s.db); !strings.Contains(out, "Aucune question") {
		t.Errorf("last 30 days:\n%s", out)
	}
}

// TestEraseWhileRunning erases a resident through the running service's
// admin socket: the open ticket is closed at once and the desk is told.
func TestEraseWhileRunning(t *testing.T) {
	s := play(t)
	store, _ := runningService(t, s.db)

	out := mustRun(t, "erase", "--db", s.db, "--resident", s.labels[waitResident])
	if !strings.Contains(out, "effacé par le pimmsbot en marche") {
		t.Errorf("erase:\n%s", out)
	}
	if _, err := store.Resident(context.Background(), waitResident); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident after erase: %v", err)
	}
	tk, err := store.Ticket(context.Background(), 2)
	if err != nil || tk.Status != conversation.TicketClosed || tk.Gone != "erased" || tk.Resident != "" {
		t.Errorf("ticket after erase = %+v, %v", tk, err)
	}
	if x, err := store.Export(context.Background(), waitResident); err == nil {
		t.Errorf("export after erase = %+v", x)
	}
}

// runningService plays "pimmsbot serve" for the data commands: it holds
// the database and answers on the admin socket until the test ends.
func runningService(t *testing.T, db string) (*bolt.Store, *conversation.Service) {
	t.Helper()
	store, svc, _ := watchedService(t, db)
	return store, svc
}

// watchedService is runningService that also tells which paths of the
// admin socket were asked, in order.
func watchedService(t testing.TB, db string) (*bolt.Store, *conversation.Service, func() []string) {
	t.Helper()
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ln, err := admin.Listen(filepath.Join(filepath.Dir(db), config.SocketName))
	if err != nil {
		t.Fatal(err)
	}
	svc := newService(t, store, fakeclock.New(time.Now()))
	var mu sync.Mutex
	var asked []string
	h := admin.Handler(server.Admin(store, svc), discard())
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.URL.Path)
		mu.Unlock()
		h.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return store, svc, func() []string { mu.Lock(); defer mu.Unlock(); return slices.Clone(asked) }
}
