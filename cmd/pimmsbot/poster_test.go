package main

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// posterSites is a sites file of two sites: one on the network's bot, one
// with a bot of its own whose token file is out of reach.
const posterSites = `default: vaise
bots:
  - id: isere
    username: PimmsIsereBot
    token_file: /nonexistent/isere.token
sites:
  - id: vaise
    name: PIMMS Médiation Lyon Vaise
    address: 1 rue de l'Exemple, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-ven 09:00-17:00
    postcodes: ["69009"]
    discord: {channel: "1001", role: "2001"}
  - id: grenoble
    name: PIMMS Médiation Grenoble
    address: 2 rue de l'Exemple, 38000 Grenoble
    phone: 04 00 00 00 02
    hours: lun-ven 09:00-17:00
    postcodes: ["38000"]
    discord: {channel: "1002", role: "2002"}
    bot: isere
`

// runPosterIn runs pimmsbot poster in a fresh directory holding the sites
// file, with no poster setting in the environment.
func runPosterIn(t *testing.T, sitesFile string, args ...string) (dir string, code int, stdout, stderr string) {
	t.Helper()
	dir = t.TempDir()
	t.Chdir(dir)
	t.Setenv("PIMMS_SITES_FILE", "")
	t.Setenv("TELEGRAM_BOT_USERNAME", "")
	if err := os.WriteFile("sites.yaml", []byte(sitesFile), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code = runPoster(context.Background(), &Env{Stdout: &out, Stderr: &errb}, args)
	return dir, code, out.String(), errb.String()
}

// readPosterLink decodes the QR code of the poster in file.
func readPosterLink(t *testing.T, file string) string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s is not a PNG: %v", file, err)
	}
	if got := img.Bounds().Size(); got.X != 1240 || got.Y != 1754 {
		t.Errorf("%s is %v, want 1240×1754 (A4 at 150 dpi)", file, got)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("%s: decode the QR code: %v", file, err)
	}
	return res.GetText()
}

func TestPosterCommand(t *testing.T) {
	dir, code, stdout, stderr := runPosterIn(t, posterSites, "vaise", "--sites", "sites.yaml", "--bot", "@PimmsLyonBot", "-o", "porte.png")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "porte.png") {
		t.Errorf("stdout %q does not name the file", stdout)
	}
	if got, want := readPosterLink(t, filepath.Join(dir, "porte.png")), "https://t.me/PimmsLyonBot?start=vaise"; got != want {
		t.Errorf("the QR code reads %q, want %q", got, want)
	}
}

// TestPosterOwnBot: a site with a bot of its own gets that bot's link,
// and the poster needs no token.
func TestPosterOwnBot(t *testing.T) {
	t.Setenv("PIMMS_SITES_FILE", "sites.yaml")
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("sites.yaml", []byte(posterSites), 0o600)
	t.Setenv("TELEGRAM_BOT_USERNAME", "PimmsLyonBot")
	var out, errb bytes.Buffer
	if code := runPoster(context.Background(), &Env{Stdout: &out, Stderr: &errb}, []string{"--all"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for file, want := range map[string]string{
		"poster-vaise.png":    "https://t.me/PimmsLyonBot?start=vaise",
		"poster-grenoble.png": "https://t.me/PimmsIsereBot?start=grenoble",
	} {
		if got := readPosterLink(t, filepath.Join(dir, file)); got != want {
			t.Errorf("%s reads %q, want %q", file, got, want)
		}
	}
}

func TestPosterErrors(t *testing.T) {
	broken := strings.Replace(posterSites, `channel: "1002", `, "", 1)
	tests := []struct {
		name string
		file string
		args []string
		code int
		says string
	}{
		{"unknown site", posterSites, []string{"--sites", "sites.yaml", "--bot", "PimmsLyonBot", "vaize"}, 1,
			"site «\u00a0vaize\u00a0»\u00a0: absent du fichier des sites\u00a0; indiquez l'un de ceux-ci\u00a0: vaise, grenoble"},
		{"no bot", posterSites, []string{"--sites", "sites.yaml", "vaise"}, 1, "site vaise\u00a0: il manque le nom d'utilisateur du bot auquel ses usagers écrivent"},
		{"bad bot", posterSites, []string{"--sites", "sites.yaml", "--bot", "t.me/PimmsLyonBot", "vaise"}, 1, "site vaise, bot «\u00a0t.me/PimmsLyonBot\u00a0»\u00a0: ce n'est pas un nom de bot Telegram"},
		{"no sites file", posterSites, []string{"--bot", "PimmsLyonBot", "vaise"}, 2, "donnez le fichier des sites avec --sites"},
		{"no site", posterSites, []string{"--sites", "sites.yaml", "--bot", "PimmsLyonBot"}, 2, "Utilisation\u00a0: pimmsbot poster"},
		{"-o with two sites", posterSites, []string{"--sites", "sites.yaml", "--bot", "PimmsLyonBot", "-o", "a.png", "vaise", "grenoble"}, 2, "-o nomme l'affiche d'un seul site"},
		{"invalid file", broken, []string{"--sites", "sites.yaml", "--bot", "PimmsLyonBot", "vaise"}, 1, "site grenoble, discord.channel\u00a0: obligatoire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, code, _, stderr := runPosterIn(t, tt.file, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.says) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, tt.code, tt.says)
			}
			pngs, _ := filepath.Glob(filepath.Join(dir, "*.png"))
			if len(pngs) > 0 {
				t.Errorf("wrote %v despite the error", pngs)
			}
		})
	}
}
