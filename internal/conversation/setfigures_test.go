package conversation_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// TestSetFigures says each line of an evaluation set (PIMMS_CONV_SET, the
// eval format: {"q": …, "accept": […]}) to the service, each as a new
// resident, and logs what the conversation does with it, in figures
// only (never a line's text): answered with an accepted entry, answered
// wrongly, another question offered below the answer, a part of it
// said not understood. With
// PIMMS_CONV_OUT, one line per question is written there (its index,
// the entry answered, the entries offered), to compare two versions
// without reading the set. Skipped without PIMMS_CONV_SET.
func TestSetFigures(t *testing.T) {
	path := os.Getenv("PIMMS_CONV_SET")
	if path == "" {
		t.Skip("PIMMS_CONV_SET not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := newHarness(t)
	var out strings.Builder
	var lines, inScope, right, wrong, oosAnswered, offers, offersOff, parts int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l struct {
			Q      string   `json:"q"`
			Accept []string `json:"accept"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %d: %v", lines+1, err)
		}
		lines++
		who := fmt.Sprintf("test:set%d", lines)
		got := h.say(who, l.Q)
		answered := ""
		for _, m := range h.messages(who) {
			if m.Entry != "" && answered == "" {
				answered = m.Entry
			}
		}
		var offered []string
		if len(got) > 1 && answered != "" {
			for _, a := range actions(got[1:]) {
				if id, ok := strings.CutPrefix(a, conversation.ActEntry+":"); ok {
					offered = append(offered, id)
				}
			}
		}
		if len(l.Accept) > 0 {
			inScope++
		}
		switch {
		case answered == "":
		case len(l.Accept) == 0:
			oosAnswered++
		case slices.Contains(l.Accept, answered):
			right++
		default:
			wrong++
		}
		if len(offered) > 0 {
			offers++
			for _, o := range offered {
				if !slices.Contains(l.Accept, o) {
					offersOff++
					break
				}
			}
		}
		notUnderstood := answered != "" && strings.Contains(texts(got), "Je n'ai pas compris «")
		if notUnderstood {
			parts++
		}
		fmt.Fprintf(&out, "%d\t%s\t%s\t%v\n", lines, answered, strings.Join(offered, ","), notUnderstood)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("lines %d (in scope %d): answered right %d, answered wrong %d, out of scope answered %d; "+
		"other questions offered on %d lines (%d with an entry not accepted), a part not understood on %d",
		lines, inScope, right, wrong, oosAnswered, offers, offersOff, parts)
	if p := os.Getenv("PIMMS_CONV_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
