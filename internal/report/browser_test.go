package report_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

var screenshot = flag.String("screenshot", "", "write a PNG of the report's first screen to this `file` (TestReportInBrowser)")

// chromium returns the path of a Chromium binary, or "" when none is
// installed (Debian package chromium).
func chromium() string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestReportInBrowser opens the report in headless Chromium: no console
// error, every chart drawn with content, and the page prints to PDF.
func TestReportInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary (/usr/bin/chromium): apt-get install -y chromium to run this test")
	}
	m := builtMonth(t, 1000)
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "rapport.html")
	if err := os.WriteFile(file, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}

	// The machine may have no network: nothing may try to reach it.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1200, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	// Console errors, exceptions and browser log errors (a file that does
	// not load), until the marker written last.
	const marker = "pimmsbot: fin du test"
	messages := chromedp.Console(bctx)
	problems := make(chan []string, 1)
	go func() {
		var out []string
		for m, err := range messages {
			if err != nil {
				out = append(out, "console: "+err.Error())
				break
			}
			if m.Text == marker {
				break
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				out = append(out, m.String()+" "+m.URL)
			}
		}
		problems <- out
	}()
	if _, err := chromedp.Call(bctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.Navigate("file://"+file), chromedp.WaitReady("footer")); err != nil {
		t.Fatal(err)
	}
	type svgInfo struct {
		Width, Height float64
		Shapes        int
	}
	charts, err := chromedp.Run(bctx, chromedp.Evaluate[[]svgInfo](`Array.from(document.querySelectorAll("svg")).map(s => {
		const r = s.getBoundingClientRect();
		return {Width: r.width, Height: r.height, Shapes: s.querySelectorAll("path, text, rect").length};
	})`))
	if err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	printBackground := true
	res, err := chromedp.Call(bctx, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &printBackground})
	if err != nil {
		t.Fatal(err)
	}
	pdf := res.Data
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[int](`console.log("`+marker+`"), 1`)); err != nil {
		t.Fatal(err)
	}
	select {
	case ps := <-problems:
		for _, p := range ps {
			t.Errorf("browser: %s", p)
		}
	case <-ctx.Done():
		t.Fatal("the console marker never came")
	}
	if len(charts) != 3 {
		t.Errorf("%d charts in the page, want 3", len(charts))
	}
	for i, c := range charts {
		if c.Width < 100 || c.Height < 50 || c.Shapes < 10 {
			t.Errorf("chart %d is empty or tiny: %+v", i, c)
		}
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 10_000 {
		t.Errorf("printToPDF gave %d bytes starting %q", len(pdf), pdf[:min(len(pdf), 8)])
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("screenshot is not a PNG")
	}
	if *screenshot != "" {
		if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("wrote %s (%d bytes); PDF %d bytes\n", *screenshot, len(png), len(pdf))
	}
}

func writeFile(name string, data []byte) error { return os.WriteFile(name, data, 0o644) }
