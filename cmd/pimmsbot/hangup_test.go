package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/telegram/telegramtest"
)

// A SIGHUP (systemctl reload) that comes while serve starts, here while
// Telegram has not answered getMe yet, neither kills the process (the
// default action of SIGHUP, exit 129, which systemd's Restart=on-failure
// takes for a clean stop) nor is lost: the FAQ is reloaded once the bot
// runs (issue 11, item 5).
func TestHangupDuringStart(t *testing.T) {
	dir := t.TempDir()
	bin := crashBuild(t, dir)
	srv := telegramtest.NewServer(t)
	hold := make(chan struct{})
	release := sync.OnceFunc(func() { close(hold) })
	t.Cleanup(release)
	srv.Inject(telegramtest.Fault{Method: "getMe", Hold: hold})

	var out syncBuffer
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TZ=UTC",
		"TELEGRAM_BOT_TOKEN=" + telegramtest.Token, "TELEGRAM_API_URL=" + srv.URL,
		"PIMMS_DB=" + filepath.Join(dir, "pimmsbot.db"), "PIMMS_HTTP_ADDR=off", "PIMMS_ADMIN_SOCKET=off",
		"PIMMS_LOG_LEVEL=info", "PIMMS_SHUTDOWN_TIMEOUT=5s",
	}
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
	})

	srv.Wait(t, "getMe", func([]telegramtest.Call) bool { return srv.Held() == 1 })
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	// The process says it will reload, or dies.
	waitLog := func(what string) {
		t.Helper()
		deadline := time.NewTimer(10 * time.Second) // a hung test, not a measure
		defer deadline.Stop()
		for !strings.Contains(out.String(), what) {
			select {
			case err := <-exited:
				exited <- err
				t.Fatalf("pimmsbot serve exited (%v) while waiting for %q:\n%s", err, what, out.String())
			case <-deadline.C:
				t.Fatalf("still waiting for %q:\n%s", what, out.String())
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	waitLog("SIGHUP")
	release()
	waitLog("pimmsbot serving")
	waitLog("faq reload")

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		exited <- err
		if err != nil {
			t.Fatalf("pimmsbot serve: %v\n%s", err, out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("pimmsbot serve did not stop on SIGTERM:\n%s", out.String())
	}
	if n := bytes.Count([]byte(out.String()), []byte("faq reload")); n != 1 {
		t.Errorf("%d reloads, want 1:\n%s", n, out.String())
	}
}
