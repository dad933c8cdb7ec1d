// Package poster draws a site's poster for its door and counter: the
// site's name, a QR code of the deep link that opens the bot on that site,
// the link written in clear, and three short lines in French on what the
// bot does.
//
// The poster is an A4 portrait PNG at 150 dpi (1240×1754 pixels), black on
// white so that any office printer renders it. The QR code is drawn with
// whole pixels per module, error correction level M and its quiet zone of
// four modules, so that a phone camera reads it from a metre away.
//
// No message passes through it: "pimmsbot poster" gives it a site's name
// and deep link, and writes the PNG it draws.
package poster

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	qr "github.com/piglig/go-qr"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// The poster's size: A4 portrait at 150 dpi.
const (
	Width  = 1240
	Height = 1754
)

// DefaultLines say what the bot does, for a resident reading the door.
var DefaultLines = []string{
	"Écrivez-nous sur Telegram, à toute heure.",
	"Un robot vous répond tout de suite.",
	"Si besoin, un médiateur du PIMMS vous aide.",
}

// nbsp is the no-break space French sets before : ; ? and !.
const nbsp = "\u00a0"

// The fixed texts around the QR code.
const (
	headline = "Une question sur vos démarches\u00a0?"
	scanHint = "Scannez ce code avec l'appareil photo de votre téléphone."
)

// A Poster is what a site's poster shows.
type Poster struct {
	// SiteName is the site's name, at the top.
	SiteName string
	// Link is the site's deep link, https://t.me/<bot>?start=<site>: the
	// QR code's content, also written in clear under it.
	Link string
	// Lines say what the bot does, at most three; nil means DefaultLines.
	Lines []string
}

const (
	margin    = 100
	qrTarget  = 760 // the QR code's side with its quiet zone, at most
	minModule = 6   // pixels per module, at least: 1 mm at 150 dpi
	quietZone = 4   // modules of white around the code
)

var (
	ink    = color.Gray{Y: 0x11}
	accent = color.RGBA{R: 0x1f, G: 0x3c, B: 0x88, A: 0xff}
	grey   = color.Gray{Y: 0x44}
)

// PNG draws the poster p and writes it to w as a PNG image.
func PNG(w io.Writer, p Poster) error {
	img, err := Draw(p)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

// Draw draws the poster p. It fails when p lacks a name or a link, or
// when its texts do not fit on the page.
func Draw(p Poster) (*image.RGBA, error) {
	lines := p.Lines
	if lines == nil {
		lines = DefaultLines
	}
	switch {
	case strings.TrimSpace(p.SiteName) == "":
		return nil, errors.New("le site n'a pas de nom à mettre en haut de l'affiche" + nbsp + "; donnez-lui son nom (le champ «" + nbsp + "name" + nbsp + "» du fichier des sites)")
	case !strings.HasPrefix(p.Link, "https://"):
		return nil, fmt.Errorf("le lien «"+nbsp+"%s"+nbsp+"» ne convient pas à l'affiche"+nbsp+"; donnez un lien de la forme https://t.me/<bot>?start=<site>", p.Link)
	case len(lines) > 3:
		return nil, fmt.Errorf("%d lignes de texte"+nbsp+": l'affiche en tient 3 au plus"+nbsp+"; retirez-en", len(lines))
	}
	code, err := qr.EncodeText(p.Link, qr.Medium)
	if err != nil {
		return nil, fmt.Errorf("le lien «"+nbsp+"%s"+nbsp+"» est trop long pour un QR code"+nbsp+
			"; raccourcissez l'id du site ou le nom du bot (détail"+nbsp+": %w)", p.Link, err)
	}
	f, err := loadFaces()
	if err != nil {
		return nil, err
	}
	// A first pass measures the texts; the QR code takes what room is
	// left, up to qrTarget, and the whole is centred on the page.
	dry := &page{}
	layout(dry, f, p, lines, code)
	n := code.Size() + 2*quietZone
	module := min(qrTarget, Height-2*margin-dry.y) / n
	if module < minModule {
		return nil, fmt.Errorf("le nom du site est trop long (%d caractères)"+nbsp+": il ne laisse pas la place d'un QR code lisible"+nbsp+
			"; raccourcissez-le (le champ «"+nbsp+"name"+nbsp+"» du fichier des sites)", utf8.RuneCountInString(p.SiteName))
	}
	pg := &page{img: image.NewRGBA(image.Rect(0, 0, Width, Height)), module: module}
	pg.y = (Height - dry.y - n*module) / 2
	draw.Draw(pg.img, pg.img.Bounds(), image.White, image.Point{}, draw.Src)
	layout(pg, f, p, lines, code)
	return pg.img, nil
}

// layout writes the poster's parts from top to bottom.
func layout(pg *page, f faces, p Poster, lines []string, code *qr.QrCode) {
	pg.text(f.name, accent, p.SiteName, 1.2)
	pg.y += 40
	pg.text(f.headline, ink, headline, 1.15)
	pg.y += 30
	for _, l := range lines {
		pg.text(f.body, ink, l, 1.3)
	}
	pg.y += 30
	pg.text(f.small, grey, scanHint, 1.3)
	pg.qr(code)
	pg.text(f.link, ink, p.Link, 1.3)
}

// faces are the poster's type faces, one per size. A face is not safe
// for concurrent use: each Draw makes its own.
type faces struct{ name, headline, body, small, link font.Face }

var (
	fontsOnce     sync.Once
	bold, regular *opentype.Font
	fontsErr      error
)

// loadFaces parses Liberation Sans once, and makes the faces of one
// poster.
func loadFaces() (faces, error) {
	fontsOnce.Do(func() {
		if bold, fontsErr = opentype.Parse(liberationsansbold.TTF); fontsErr == nil {
			regular, fontsErr = opentype.Parse(liberationsansregular.TTF)
		}
	})
	if fontsErr != nil {
		return faces{}, fmt.Errorf("la police de l'affiche est illisible"+nbsp+"; signalez-le aux développeurs de pimmsbot (détail"+nbsp+": %w)", fontsErr)
	}
	var err error
	face := func(f *opentype.Font, px float64) font.Face {
		fc, e := opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingFull})
		if e != nil {
			err = fmt.Errorf("la police de l'affiche est illisible"+nbsp+"; signalez-le aux développeurs de pimmsbot (détail"+nbsp+": %w)", e)
		}
		return fc
	}
	f := faces{
		name: face(bold, 58), headline: face(bold, 76), body: face(regular, 46),
		small: face(regular, 34), link: face(bold, 34),
	}
	return f, err
}

// A page is the image being drawn, and where the next line goes. A page
// without an image only measures.
type page struct {
	img    *image.RGBA
	y      int // top of the next line
	module int // the QR code's pixels per module
}

// text writes s centred, wrapped at spaces to the width between the
// margins; non-breaking spaces keep their neighbours together. spacing is
// the line height as a multiple of the face's size.
func (pg *page) text(face font.Face, c color.Color, s string, spacing float64) {
	d := &font.Drawer{Src: image.NewUniform(c), Face: face}
	m := face.Metrics()
	size := (m.Ascent + m.Descent).Ceil()
	if pg.img != nil {
		d.Dst = pg.img
	}
	for _, line := range wrap(d, s, Width-2*margin) {
		if pg.img != nil {
			w := d.MeasureString(line).Ceil()
			d.Dot = fixed.P((Width-w)/2, pg.y+m.Ascent.Ceil())
			d.DrawString(line)
		}
		pg.y += int(float64(size) * spacing)
	}
}

// wrap cuts s at spaces into lines no wider than width; a word wider
// than width (a long link) is cut where it must.
func wrap(d *font.Drawer, s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Split(s, " ") {
		if word == "" {
			continue
		}
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && d.MeasureString(try).Ceil() > width {
			lines = append(lines, line)
			try = word
		}
		for d.MeasureString(try).Ceil() > width {
			cut := len(try) - 1
			for cut > 1 && (!utf8.RuneStart(try[cut]) || d.MeasureString(try[:cut]).Ceil() > width) {
				cut--
			}
			for cut < len(try) && !utf8.RuneStart(try[cut]) {
				cut++ // one glyph wider than the page: keep it whole
			}
			lines = append(lines, try[:cut])
			try = try[cut:]
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// qr draws the code centred with its quiet zone, whole pixels per module.
func (pg *page) qr(code *qr.QrCode) {
	px := pg.module
	side := (code.Size() + 2*quietZone) * px
	x0, y0 := (Width-side)/2, pg.y
	for y := 0; y < code.Size() && pg.img != nil; y++ {
		for x := 0; x < code.Size(); x++ {
			if code.Module(x, y) {
				r := image.Rect(x0+(x+quietZone)*px, y0+(y+quietZone)*px, x0+(x+quietZone+1)*px, y0+(y+quietZone+1)*px)
				draw.Draw(pg.img, r, image.Black, image.Point{}, draw.Src)
			}
		}
	}
	pg.y += side
}
