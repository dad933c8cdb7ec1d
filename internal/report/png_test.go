package report_test

import (
	"bytes"
	"image/png"
	"testing"
)

func TestMainChartPNG(t *testing.T) {
	m := builtMonth(t, 200)
	data, err := m.MainChartPNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 600 || b.Dy() < 200 {
		t.Errorf("chart is %v", b)
	}
	if *screenshot != "" {
		_ = writeFile(*screenshot+".chart.png", data)
	}
}
