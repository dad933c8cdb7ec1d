package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/server"
)

// syncBuffer is a buffer safe for concurrent writes and reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs the service with a fake Telegram adapter and a JSON log:
// /healthz and /metrics answer, the shutdown goes in order and finishes
// the event in flight, and the log holds neither a resident's text nor the
// token.
func TestServe(t *testing.T) {
	const token = "123456789:AAH-secret-token-for-the-test"
	db := filepath.Join(t.TempDir(), "data", "pimmsbot.db")
	cfg, err := config.Read(env{
		"TELEGRAM_BOT_TOKEN": token, "PIMMS_DB": db, "PIMMS_HTTP_ADDR": "127.0.0.1:0",
		"PIMMS_LOG_FORMAT": "json", "PIMMS_LOG_LEVEL": "debug",
	}.get, "")
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		t.Fatal(err)
	}
	var logbuf syncBuffer
	log, err := logs.New(&logbuf, cfg.LogFormat, cfg.LogLevel, cfg.Secrets())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"j'ai perdu ma carte vitale", "recette de la blanquette de veau", "je veux parler à quelqu'un"}
	const last = "dernier message arrivé pendant l'arrêt"
	const resident = "telegram:77"
	ready := make(chan struct{})
	telegram := func(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, server.Intake, error) {
		run := func(ctx context.Context, svc *conversation.Service) error {
			for _, q := range texts {
				if err := svc.HandleResident(ctx, conversation.Incoming{Resident: resident, Text: q}); err != nil {
					return err
				}
			}
			// A library error that quotes the request URL, token included.
			log.Error("poll", "err", fmt.Errorf("Get \"https://api.telegram.org/bot%s/getUpdates\": timeout", cfg.Telegram.Token))
			close(ready)
			<-ctx.Done()
			// An update received just before the stop: handled to the end.
			time.Sleep(50 * time.Millisecond)
			return svc.HandleResident(context.WithoutCancel(ctx), conversation.Incoming{Resident: resident, Text: last})
		}
		return &fakeChannel{}, run, nil
	}
	discord := func(context.Context, *Config, *bolt.Store, *slog.Logger) (conversation.Desk, server.Intake, error) {
		return quietDesk{}, nil, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int)
	var stderr syncBuffer
	go func() {
		done <- serve(ctx, &Env{Stdout: io.Discard, Stderr: &stderr}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: log,
			Adapters: server.Adapters{Discord: discord, Telegram: telegram}})
	}()
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("serve exited %d: %s\n%s", code, stderr.String(), logbuf.String())
	case <-time.After(10 * time.Second):
		t.Fatal("the adapter never ran")
	}
	addr := listenAddr(t, &logbuf)

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("/healthz: %d %s", code, body)
	}
	code, body := get("/metrics")
	for _, want := range []string{
		`pimmsbot_questions_total{outcome="answer"} 1`,
		`pimmsbot_questions_total{outcome="unknown"} 1`,
		`pimmsbot_questions_total{outcome="handover"} 1`,
		`pimmsbot_handovers_total 1`,
		`pimmsbot_tickets_open{status="waiting"} 1`,
		`pimmsbot_deliveries_total{kind="reply",platform="telegram"}`,
		`pimmsbot_store_up 1`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics (%d) lacks %s", code, want)
		}
	}
	if code, _ := get("/nothing"); code != 404 {
		t.Errorf("/nothing: %d", code)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}

	out := logbuf.String()
	// The shutdown order.
	order := []string{`"msg":"shutting down: stopping intake"`, `"msg":"intake stopped, events in flight done"`,
		`"msg":"service stopped"`, `"msg":"database closed"`}
	at := -1
	for _, step := range order {
		i := strings.Index(out, step)
		if i <= at {
			t.Errorf("%s missing or out of order in:\n%s", step, out)
		}
		at = i
	}
	// Nothing secret or personal in the log.
	for _, never := range append(texts, last, token, "secret-token", "carte vitale", "blanquette") {
		if strings.Contains(out, never) {
			t.Errorf("the log holds %q:\n%s", never, out)
		}
	}
	if !strings.Contains(out, "bot[masqué]/getUpdates") || !strings.Contains(out, `"component":"purge"`) {
		t.Errorf("log:\n%s", out)
	}
	for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("not a JSON line: %s", line)
		}
	}
	// The event in flight at the stop was committed before the database
	// closed.
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r, err := store.Resident(context.Background(), resident)
	if err != nil {
		t.Fatal(err)
	}
	msgs, _ := store.Messages(context.Background(), r.Conversation)
	if len(msgs) == 0 || !strings.Contains(fmt.Sprint(msgs), last) {
		t.Errorf("the last event was lost: %v", msgs)
	}
}

// listenAddr waits for the "http listening" line of the log and returns
// its address.
func listenAddr(t *testing.T, logbuf *syncBuffer) string {
	t.Helper()
	for range 100 {
		for line := range strings.SplitSeq(logbuf.String(), "\n") {
			var rec struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "http listening" {
				return rec.Addr
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no http listening line in:\n%s", logbuf.String())
	return ""
}

func TestFirstSignalCancels(t *testing.T) {
	var stderr syncBuffer
	ctx, stop := withSignals(context.Background(), &stderr)
	defer stop()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGTERM did not cancel the context")
	}
}

func TestServeStopsWhenAnAdapterFails(t *testing.T) {
	cfg, err := config.Read(env{
		"TELEGRAM_BOT_TOKEN": "123456789:AAH-secret", "PIMMS_DB": filepath.Join(t.TempDir(), "pimmsbot.db"),
		"PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
	}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	var logbuf syncBuffer
	log, _ := logs.New(&logbuf, "json", "info", cfg.Secrets())
	telegram := func(context.Context, *Config, *bolt.Store, *slog.Logger) (conversation.Channel, server.Intake, error) {
		return &fakeChannel{}, func(context.Context, *conversation.Service) error { return fmt.Errorf("401 Unauthorized") }, nil
	}
	discord := func(context.Context, *Config, *bolt.Store, *slog.Logger) (conversation.Desk, server.Intake, error) {
		return nil, nil, nil
	}
	code := serve(context.Background(), &Env{Stdout: io.Discard, Stderr: io.Discard}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: log,
		Adapters: server.Adapters{Discord: discord, Telegram: telegram}})
	if code != 1 || !strings.Contains(logbuf.String(), "401 Unauthorized") || !strings.Contains(logbuf.String(), `"msg":"database closed"`) {
		t.Errorf("exit %d:\n%s", code, logbuf.String())
	}
}
