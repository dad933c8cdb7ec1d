package poster

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"sync"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
	xdraw "golang.org/x/image/draw"

	"pimmsbot/internal/frenchcheck"
)

// decodeQR reads the QR code in img the way a phone's camera app does:
// with ZXing, a decoder independent of the library that drew it.
func decodeQR(tb testing.TB, img image.Image) string {
	tb.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		tb.Fatalf("decode the QR code: %v", err)
	}
	return res.GetText()
}

func mustPNG(tb testing.TB, p Poster) image.Image {
	tb.Helper()
	var buf bytes.Buffer
	if err := PNG(&buf, p); err != nil {
		tb.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		tb.Fatalf("the poster is not a PNG: %v", err)
	}
	return img
}

func TestPNG(t *testing.T) {
	tests := []struct{ name, link string }{
		{"PIMMS Médiation Lyon Vaise", "https://t.me/PimmsRhoneBot?start=lyon-vaise"},
		// The longest name that fits beside the longest link: a 32-character
		// username and a 64-character site id.
		{"PIMMS Médiation Saint-Martin-d'Hères et Grenoble Villeneuve Village Olympique",
			"https://t.me/" + strings.Repeat("P", 29) + "bot?start=" + strings.Repeat("s", 30) + "_" + strings.Repeat("9", 33)},
	}
	for _, tt := range tests {
		img := mustPNG(t, Poster{SiteName: tt.name, Link: tt.link})
		if got := img.Bounds().Size(); got != (image.Point{1240, 1754}) {
			t.Fatalf("size %v, want A4 at 150 dpi, 1240×1754", got)
		}
		if got := decodeQR(t, img); got != tt.link {
			t.Errorf("%s: the QR code reads %q, want %q", tt.name, got, tt.link)
		}
	}
}

// TestPhotoOfPoster reads the QR code of a poster shrunk to a third and
// blurred by the resampling, as a phone's photo from a metre away is.
func TestPhotoOfPoster(t *testing.T) {
	link := "https://t.me/PimmsRhoneBot?start=saint-denis_974"
	img := mustPNG(t, Poster{SiteName: "PIMMS Médiation Saint-Denis", Link: link})
	small := image.NewRGBA(image.Rect(0, 0, Width/3, Height/3))
	xdraw.ApproxBiLinear.Scale(small, small.Bounds(), img, img.Bounds(), xdraw.Src, nil)
	if got := decodeQR(t, small); got != link {
		t.Errorf("the shrunk QR code reads %q, want %q", got, link)
	}
}

// TestDrawErrors: each error says in French what is wrong and what to
// do; the site manager reads it from pimmsbot poster.
func TestDrawErrors(t *testing.T) {
	link := "https://t.me/PimmsBot?start=a"
	tests := []struct {
		name string
		p    Poster
		says string
	}{
		{"no name", Poster{SiteName: " ", Link: link},
			"le site n'a pas de nom à mettre en haut de l'affiche\u00a0; donnez-lui son nom (le champ «\u00a0name\u00a0» du fichier des sites)"},
		{"no link", Poster{SiteName: "PIMMS"},
			"le lien «\u00a0\u00a0» ne convient pas à l'affiche\u00a0; donnez un lien de la forme https://t.me/<bot>?start=<site>"},
		{"a link without https", Poster{SiteName: "PIMMS", Link: "t.me/PimmsBot?start=a"}, "le lien «\u00a0t.me/PimmsBot?start=a\u00a0» ne convient pas"},
		{"four lines", Poster{SiteName: "PIMMS", Link: link, Lines: []string{"a", "b", "c", "d"}},
			"4 lignes de texte\u00a0: l'affiche en tient 3 au plus\u00a0; retirez-en"},
		{"texts too long", Poster{SiteName: strings.Repeat("PIMMS Médiation ", 40), Link: link},
			"le nom du site est trop long (640 caractères)\u00a0: il ne laisse pas la place d'un QR code lisible\u00a0; raccourcissez-le"},
		{"a link too long for a QR code", Poster{SiteName: "PIMMS", Link: link + strings.Repeat("a", 3000)},
			"» est trop long pour un QR code\u00a0; raccourcissez l'id du site ou le nom du bot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Draw(tt.p)
			if err == nil || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("got %v, want an error saying %q", err, tt.says)
			}
			for _, p := range frenchcheck.Problems(err.Error(), "poster", "link", "lines", "fit", "room", "name", "want") {
				t.Error(p)
			}
		})
	}
}

// TestDefaultLines keeps the resident's text in the house style:
// vouvoiement and a non-breaking space before ? ! : ;.
func TestDefaultLines(t *testing.T) {
	for _, l := range append([]string{headline, scanHint}, DefaultLines...) {
		for i, r := range []rune(l) {
			if strings.ContainsRune("?!:;", r) && (i == 0 || []rune(l)[i-1] != '\u00a0') {
				t.Errorf("%q: want a non-breaking space before %q", l, r)
			}
		}
		if strings.Contains(" "+strings.ToLower(l)+" ", " tu ") || strings.Contains(strings.ToLower(l), "ton ") {
			t.Errorf("%q: want vouvoiement", l)
		}
	}
	if len(DefaultLines) != 3 {
		t.Errorf("%d default lines, want 3", len(DefaultLines))
	}
}

// TestConcurrentPosters draws posters at once, for the race detector.
func TestConcurrentPosters(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			if _, err := Draw(Poster{SiteName: "PIMMS " + string(rune('A'+i)), Link: "https://t.me/PimmsBot?start=a"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}
