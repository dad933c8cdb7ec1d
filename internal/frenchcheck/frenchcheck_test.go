package frenchcheck

import "testing"

func TestProblems(t *testing.T) {
	for msg, want := range map[string]int{
		"PIMMS_LOG_LEVEL\u00a0: «\u00a0trace\u00a0» n'est pas prévu\u00a0; écrivez debug": 0,
		"PIMMS_LOG_LEVEL: want debug":                           0 + 2, // English, no NBSP
		"site «\u00a0the file\u00a0»\u00a0: lun 09:00-12:00":    0,     // a quoted value is the writer's
		`jour "lundy" inconnu`:                                  1,
		"journée\u00a0: day":                                    1, // with extra "day"
		"la copie a échoué (détail\u00a0: open x: file exists)": 0, // the system's words
		"file exists (détail\u00a0: x)":                         1,
	} {
		if got := len(Problems(msg, "day")); got != want {
			t.Errorf("Problems(%q) = %v, want %d", msg, Problems(msg, "day"), want)
		}
	}
}
